import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { LANGUAGE_TAG, type Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';
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

export type PdfSection = { heading: string; items: string[]; numbered?: boolean };
/** `intro`: one paragraph, or several. */
export type PdfDocument = { title: string; subtitle: string; intro?: string | string[]; sections: PdfSection[] };

/**
 * An A4 document of headed lists: the personal plan and the driegesprek's shared plan.
 * `locale` is the language the document declares (for screen readers); its texts come as they are.
 */
export async function documentPdf(d: PdfDocument, locale: Locale): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(toWinAnsi(d.title));
  doc.setLanguage(LANGUAGE_TAG[locale]);
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

  write(d.title, bold, 20, 0, 6);
  write(d.subtitle, regular, 9, 0, 8);
  for (const p of typeof d.intro === 'string' ? [d.intro] : (d.intro ?? [])) write(p, regular, 11);
  for (const s of d.sections) {
    if (s.items.length === 0) continue;
    y -= 8;
    write(s.heading, bold, 14);
    s.items.forEach((t, i) => write(`${s.numbered ? `${i + 1}.` : '-'} ${t}`, regular, 11, 10, 2));
  }
  return doc.save();
}

/** The personal plan as a document in `locale` (the plan itself must be built in that language); `createdOn` is already written out in it. */
export function planDocument(plan: Plan, createdOn: string, locale: Locale, { withSituation = false }: { withSituation?: boolean } = {}): PdfDocument {
  const t = translator(locale, 'plan');
  return {
    title: t('pdf.title', { name: plan.route.name }),
    subtitle: t('pdf.subtitle', { date: createdOn, version: plan.catalogue.version, catalogueDate: plan.catalogue.date }),
    intro: [plan.summary, plan.choice.text],
    sections: [
      { heading: t('stepsHeading'), items: plan.steps, numbered: true },
      { heading: t('thenHeading'), items: plan.then.map((x) => t('thenItem', { when: x.whenText, name: x.name })) },
      { heading: t('alternativesHeading'), items: plan.alternatives.map((x) => t('alternativeItem', { name: x.name, tradeOff: x.tradeOff })) },
      { heading: t('questionsHeading'), items: plan.questions },
      { heading: t('ifItFailsHeading'), items: plan.ifItFails },
      // Only when the person chose it: the situation names complaints and treatment (issue 16).
      ...(withSituation ? [{ heading: t('situationHeading'), items: plan.situation.map((s) => `${s.label}: ${s.value}`) }] : []),
    ],
  };
}

/** The personal plan as a PDF in `locale` (the plan itself must be built in that language); `createdOn` is already written out in it. */
export function planPdf(plan: Plan, createdOn: string, locale: Locale, options: { withSituation?: boolean } = {}): Promise<Uint8Array> {
  return documentPdf(planDocument(plan, createdOn, locale, options), locale);
}
