import { PDFArray, PDFDocument, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, PDFRef, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { todayIso } from '@/lib/dates';
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

/** Structure types used (PDF 1.7, 14.8.4): the reading order a screen reader follows. */
type Tag = 'H1' | 'H2' | 'P' | 'L' | 'LI' | 'LBody';
type Elem = { tag: Tag; kids: (Elem | { page: PDFPage; mcid: number })[] };

/**
 * An A4 document of headed lists: the personal plan and the driegesprek's shared plan.
 * `locale` is the language the document declares (for screen readers); its texts come as they are.
 *
 * A tagged PDF (issue 16): every line of text is marked content with an MCID, tied to a
 * structure element (H1 title, P subtitle and intro, H2 per section, L > LI > LBody per item)
 * in the order it is read, with /MarkInfo, /Lang, /StructTreeRoot and its /ParentTree, and the
 * title shown instead of the file name. lib/plan/build-plan.test.ts reads the tree back.
 */
export async function documentPdf(d: PdfDocument, locale: Locale, now = new Date()): Promise<Uint8Array> {
  // Not pdf-lib's metadata, which dates the file to the second it was made: the file says the day
  // it was made, as its text does, and nothing more about when someone worked on their plan. The
  // same plan on the same day is then the same file.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const day = new Date(`${todayIso(now)}T12:00:00Z`);
  doc.setCreationDate(day);
  doc.setModificationDate(day);
  doc.setTitle(toWinAnsi(d.title), { showInWindowTitleBar: true });
  doc.setLanguage(LANGUAGE_TAG[locale]);
  doc.setProducer('Routewijzer werk');
  doc.setCreator('Routewijzer werk');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pages: PDFPage[] = [];
  const mcids = new Map<PDFPage, Elem[]>();
  const newPage = () => {
    const pg = doc.addPage([A4.width, A4.height]);
    pages.push(pg);
    mcids.set(pg, []);
    return pg;
  };
  let page: PDFPage = newPage();
  let y = A4.height - MARGIN;
  const root: Elem = { tag: 'P', kids: [] }; // the Document element's kids; its own tag is unused

  const write = (text: string, font: PDFFont, size: number, into: Elem, indent = 0, gap = 4) => {
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
        page = newPage();
        y = A4.height - MARGIN;
      }
      const onPage = mcids.get(page)!;
      const mcid = onPage.length;
      onPage.push(into);
      into.kids.push({ page, mcid });
      page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(into.tag), `<</MCID ${mcid}>>`]));
      page.drawText(l, { x: MARGIN + indent, y: y - size, size, font, color: rgb(0.06, 0.09, 0.16) });
      page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
      y -= size * 1.35;
    }
    y -= gap;
  };
  const elem = (tag: Tag, parent: Elem = root): Elem => {
    const e: Elem = { tag, kids: [] };
    parent.kids.push(e);
    return e;
  };

  write(d.title, bold, 20, elem('H1'), 0, 6);
  write(d.subtitle, regular, 9, elem('P'), 0, 8);
  for (const p of typeof d.intro === 'string' ? [d.intro] : (d.intro ?? [])) write(p, regular, 11, elem('P'));
  for (const s of d.sections) {
    if (s.items.length === 0) continue;
    y -= 8;
    write(s.heading, bold, 14, elem('H2'));
    const list = elem('L');
    s.items.forEach((t, i) => write(`${s.numbered ? `${i + 1}.` : '-'} ${t}`, regular, 11, elem('LBody', elem('LI', list)), 10, 2));
  }

  // The structure tree: element dictionaries, each pointing to its parent, and per page the
  // array of elements by MCID (the parent tree), so a reader can go from text to structure.
  const ctx = doc.context;
  const treeRef = ctx.nextRef();
  const documentRef = ctx.nextRef();
  const refs = new Map<Elem, PDFRef>();
  const build = (e: Elem, parent: PDFRef): PDFRef => {
    const ref = ctx.nextRef();
    refs.set(e, ref);
    const kids = e.kids.map((k) => ('tag' in k ? build(k, ref) : ctx.obj({ Type: 'MCR', Pg: k.page.ref, MCID: k.mcid })));
    ctx.assign(ref, ctx.obj({ Type: 'StructElem', S: e.tag, P: parent, K: kids }));
    return ref;
  };
  const top = root.kids.map((k) => build(k as Elem, documentRef));
  ctx.assign(documentRef, ctx.obj({ Type: 'StructElem', S: 'Document', P: treeRef, K: top }));
  const nums: (number | PDFRef | PDFArray)[] = [];
  pages.forEach((pg, i) => {
    pg.node.set(PDFName.of('StructParents'), PDFNumber.of(i));
    pg.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    nums.push(i, ctx.obj(mcids.get(pg)!.map((e) => refs.get(e)!)));
  });
  ctx.assign(treeRef, ctx.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: ctx.obj({ Nums: nums }), ParentTreeNextKey: pages.length }));
  doc.catalog.set(PDFName.of('StructTreeRoot'), treeRef);
  doc.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
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
