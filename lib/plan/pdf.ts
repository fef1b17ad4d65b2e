import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Plan } from '@/lib/plan/build-plan';

/*
 * The plan as an A4 PDF, built on the server from the plan model with the standard
 * Helvetica font (no font files, nothing fetched). Characters outside its WinAnsi set are
 * replaced by plain equivalents.
 */

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 50;

export const toWinAnsi = (s: string) =>
  s
    .replace(/[‘’]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—−]/g, '-')
    .replace(/…/g, '...')
    .replace(/[^\x20-\x7E\xA0-\xFF€]/g, '');

export async function planPdf(plan: Plan, createdOn: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Mijn plan: ${toWinAnsi(plan.route.name)}`);
  doc.setLanguage('nl-NL');
  doc.setProducer('Routewijzer werk');
  doc.setCreator('Routewijzer werk');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = doc.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;

  const write = (text: string, font: PDFFont, size: number, indent = 0, gap = 4) => {
    const width = A4.width - 2 * MARGIN - indent;
    const words = toWinAnsi(text).split(/\s+/);
    let line = '';
    const lines: string[] = [];
    for (const w of words) {
      const candidate = line ? `${line} ${w}` : w;
      if (font.widthOfTextAtSize(candidate, size) > width && line) {
        lines.push(line);
        line = w;
      } else line = candidate;
    }
    if (line) lines.push(line);
    for (const l of lines) {
      if (y < MARGIN + size) {
        page = doc.addPage([A4.width, A4.height]);
        y = A4.height - MARGIN;
      }
      page.drawText(l, { x: MARGIN + indent, y: y - size, size, font, color: rgb(0.06, 0.09, 0.16) });
      y -= size * 1.35;
    }
    y -= gap;
  };
  const heading = (t: string) => {
    y -= 8;
    write(t, bold, 14);
  };
  const list = (items: string[], numbered = false) =>
    items.forEach((t, i) => write(`${numbered ? `${i + 1}.` : '-'} ${t}`, regular, 11, 10, 2));

  write(`Mijn plan: ${plan.route.name}`, bold, 20, 0, 6);
  write(`Gemaakt op ${createdOn} met Routewijzer werk (catalogus ${plan.catalogue.version}, ${plan.catalogue.date}).`, regular, 9, 0, 8);
  write(plan.summary, regular, 11);
  heading('Dit ga je doen');
  list(plan.steps, true);
  heading('Vragen om mee te nemen');
  list(plan.questions);
  heading('Wat als het niet lukt?');
  list(plan.ifItFails);
  if (plan.situation.length) {
    heading('Mijn situatie');
    list(plan.situation.map((s) => `${s.label}: ${s.value}`));
  }
  return doc.save();
}
