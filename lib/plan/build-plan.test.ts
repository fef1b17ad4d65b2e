import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { labelsFor } from '@/lib/engine/labels';
import { THEN_WHEN } from '@/lib/engine/route';
import type { Locale } from '@/lib/i18n/locale';
import { machineDeps } from '@/lib/journey/deps';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { buildPlan } from '@/lib/plan/build-plan';
import { whomToAsk } from '@/lib/plan/check-first';
import { documentPdf, planDocument, planPdf, toWinAnsi } from '@/lib/plan/pdf';
import { PEOPLE } from '@/tests/support/personas';

/* The client's plan (step 4) and its PDF, in Dutch and in English. */

const answers = PEOPLE.bijstand28Utrecht;
function plan(locale: Locale) {
  const catalogue = getCatalogue(locale);
  const route = catalogue.routes.find((r) => r.id === 'sterk-met-werk')!;
  const advice = advise(answers, catalogue, locale);
  const { isAsked } = machineDeps(catalogue);
  return locale ? buildPlan(route, advice, answers, QUESTION_IDS, isAsked, catalogue, locale) : buildPlan(route, advice, answers, QUESTION_IDS, isAsked, catalogue, 'nl');
}

/** The plan for `person` when they choose `routeId`, with the advice it was built from. */
function planFor(person: Answers, routeId: string, locale: Locale = 'nl') {
  const catalogue = getCatalogue(locale);
  const advice = advise(person, catalogue, locale);
  const route = catalogue.routes.find((r) => r.id === routeId)!;
  return { advice, catalogue, plan: buildPlan(route, advice, person, QUESTION_IDS, machineDeps(catalogue).isAsked, catalogue, locale) };
}

async function language(bytes: Uint8Array): Promise<string | undefined> {
  const lang = (await PDFDocument.load(bytes)).catalog.lookup(PDFName.of('Lang'));
  return lang instanceof PDFString ? lang.decodeText() : undefined;
}

describe('buildPlan', () => {
  it('writes the plan in Dutch', () => {
    const p = plan('nl');
    expect(p.steps).toContain('Neem dit plan mee naar het gesprek. Maak samen afspraken: wie doet wat, en wanneer.');
    expect(p.questions.at(-1)).toBe('Wie is mijn vaste contactpersoon?');
    expect(p.ifItFails.at(-1)).toContain('bel 113 (0800-0113)');
  });

  it('writes the plan in English for locale en, with English answers and question labels', () => {
    const p = plan('en');
    expect(p.steps.some((s) => s.startsWith('Contact '))).toBe(true);
    expect(p.steps.some((s) => s.startsWith('For example, say: “'))).toBe(true);
    expect(p.steps).toContain('Take this plan with you to the conversation. Make agreements together: who does what, and when.');
    expect(p.questions.at(-1)).toBe('Who is my regular contact person?');
    expect(p.ifItFails[0]).toMatch(/^Is it not working/);
    expect(p.ifItFails.at(-1)).toContain('call 113 (0800-0113)');
    expect(p.situation.length).toBeGreaterThan(0);
    expect(p.route.name).toBe(getCatalogue('en').routes.find((r) => r.id === 'sterk-met-werk')!.name);
    expect(p.choice.text).toBe('This is the first step we recommend to you.');
    const all = [...p.steps, ...p.questions, ...p.ifItFails, p.choice.text].join(' ');
    expect(all).not.toMatch(/\b(Neem|Zeg|Wie is|Ga na|Dit is)\b/);
  });
});

describe('the plan keeps the route structure of the advice (advice.route)', () => {
  // People whose first step is a route, one per branch of the decision order that gives one.
  const firstRoutes = ['epaDimenceEnschede', 'mediantDagbestedingEnschede', 'wgaGroningen', 'wajong24Tilburg', 'bijstand28Utrecht', 'droppedOut19Amsterdam'] as const;

  it.each(firstRoutes)('%s chooses the first step: the plan says so, and its then-steps and alternatives are the advice’s', (who) => {
    const first = advise(PEOPLE[who], getCatalogue('nl'), 'nl').route.firstStep;
    expect(first.type).toBe('route');
    const { advice, catalogue, plan: p } = planFor(PEOPLE[who], first.id);
    const name = (id: string) => catalogue.routes.find((r) => r.id === id)!.name;
    expect(p.choice).toEqual({ position: 'first-step', firstStep: { id: first.id, title: first.title }, text: 'Dit is de eerste stap die we je aanraden.' });
    expect(p.then).toEqual(advice.route.then.map((x) => ({ id: x.id, name: name(x.id), when: x.when, whenText: x.whenText })));
    expect(p.alternatives).toEqual(advice.route.alternatives.map((x) => ({ id: x.id, name: name(x.id), tradeOff: x.tradeOff })));
    if (p.alternatives.length > 0) expect(p.ifItFails).toContain(`Andere routes die bij je kunnen passen: ${p.alternatives.map((a) => a.name).join(', ').replace(/, ([^,]*)$/, ' en $1')}.`);
  });

  it('after Werkfit maken: Naar werk when ready for work, jobcoaching once working (the advice’s order)', () => {
    const { plan: p } = planFor(PEOPLE.wgaGroningen, 'werkfit-maken');
    expect(p.then.map((x) => [x.id, x.whenText])).toEqual([
      ['naar-werk', 'Als je klaar bent om te gaan werken'],
      ['jobcoaching', 'Als je werk hebt gevonden'],
    ]);
  });

  it.each([
    ['wgaGroningen', 'nl'],
    ['sickListedDenHaag', 'nl'],
    ['droppedOut22Rotterdam', 'nl'],
    ['bijstandRotterdam', 'en'],
  ] as const)('%s chooses an alternative: the plan names the recommended first step in one sentence (%s)', (who, locale) => {
    const route = advise(PEOPLE[who], getCatalogue(locale), locale).route;
    expect(route.alternatives.length).toBeGreaterThan(0);
    for (const alt of route.alternatives) {
      const { plan: p } = planFor(PEOPLE[who], alt.id, locale);
      expect(p.choice.position).toBe('alternative');
      expect(p.choice.firstStep).toEqual({ id: route.firstStep.id, title: route.firstStep.title });
      expect(p.choice.text).toBe(
        locale === 'nl'
          ? `Je hebt deze route gekozen in plaats van de eerste stap die we je aanraden: “${route.firstStep.title}”.`
          : `You chose this route instead of the first step we recommend to you: “${route.firstStep.title}”.`,
      );
      // The other alternatives stay, in the advice's order; the chosen one is not its own alternative.
      expect(p.alternatives.map((a) => a.id)).toEqual(route.alternatives.map((a) => a.id).filter((id) => id !== alt.id));
      expect(p.alternatives.map((a) => a.tradeOff)).toEqual(route.alternatives.filter((a) => a.id !== alt.id).map((a) => a.tradeOff));
    }
  });

  it('a then-step chosen: the plan says it comes after the first step, and goes on with its own follow-ups', () => {
    const { advice, plan: p } = planFor(PEOPLE.wgaGroningen, 'naar-werk');
    expect(advice.route.firstStep.id).toBe('werkfit-maken');
    expect(p.choice.position).toBe('then');
    expect(p.choice.text).toBe(`Deze route komt na de eerste stap die we je aanraden: “${advice.route.firstStep.title}”.`);
    expect(p.then.map((x) => [x.id, x.when])).toEqual([['jobcoaching', 'job-found']]);
  });

  it('after any other chosen route: only its own follow-ups that are open to the person, at most two, never itself', () => {
    for (const [who, answers] of Object.entries(PEOPLE)) {
      const advice = advise(answers, getCatalogue('nl'), 'nl');
      const open = new Set([...advice.recommended, ...advice.conditional].map((a) => a.id));
      for (const id of open) {
        const { plan: p } = planFor(answers, id);
        expect(p.then.length, `${who} ${id}`).toBeLessThanOrEqual(2);
        for (const x of p.then) {
          expect(open.has(x.id), `${who} ${id} → ${x.id}`).toBe(true);
          expect(x.id).not.toBe(id);
          expect(THEN_WHEN).toContain(x.when);
        }
      }
    }
  });

  it('“eerst nagaan” of the chosen route is in its steps, with whom to ask unless the check says it already', () => {
    let merged = 0;
    for (const who of ['sickListedDenHaag', 'regionUnknown', 'wgaGroningen', 'employedWajongTilburg'] as const) {
      const advice = advise(PEOPLE[who], getCatalogue('nl'), 'nl');
      for (const id of [advice.route.firstStep.id, ...advice.route.alternatives.map((a) => a.id)].filter((x) => getCatalogue('nl').routes.some((r) => r.id === x))) {
        const { plan: p } = planFor(PEOPLE[who], id);
        const mine = [...advice.recommended, ...advice.conditional].find((a) => a.id === id)!;
        const checks = mine.reasons.filter((r) => r.type === 'check');
        const expected = checks.map((r) => {
          const listed = advice.route.checkFirst.find((c) => c.text === r.text);
          const whom = listed && whomToAsk(r.text, listed.askAt, 'nl');
          if (listed) merged++;
          return whom ? `Ga na: ${r.text} Vraag het aan ${whom}.` : `Ga na: ${r.text}`;
        });
        expect(p.steps.slice(0, checks.length), `${who} ${id}`).toEqual(expected);
      }
    }
    expect(merged).toBeGreaterThan(3);
  });

  it('whom to ask: the party’s label, unless the check already names it', () => {
    expect(whomToAsk('Vraag de bedrijfsarts of het bij jou past.', 'bedrijfsarts', 'nl')).toBeUndefined();
    expect(whomToAsk('Vraag na of het er nog is.', 'bedrijfsarts', 'nl')).toBe(labelsFor('nl').askAt.bedrijfsarts);
    expect(whomToAsk('Ask your therapist whether it suits you too.', 'behandelaar', 'en')).toBeUndefined();
    expect(whomToAsk('Ask if it still exists.', 'behandelaar', 'en')).toBe('your therapist (behandelaar)');
  });

  it('in a crisis the plan names the help as the first step and offers no alternatives', () => {
    const { plan: p } = planFor(PEOPLE.crisis, 'ips');
    expect(p.choice.position).toBe('other');
    expect(p.choice.firstStep.id).toBe('crisis-help');
    expect(p.alternatives).toEqual([]);
    expect(p.ifItFails.at(-1)).toContain('bel 113');
  });
});

describe('plan PDF', () => {
  it('is dated to the day it was made, in the Netherlands, not to the second: the same plan on one day is the same file', async () => {
    const doc = planDocument(plan('nl'), '4 december 2026', 'nl');
    const morning = await documentPdf(doc, 'nl', new Date('2026-12-04T07:00:01Z'));
    const evening = await documentPdf(doc, 'nl', new Date('2026-12-04T22:59:59Z')); // 23:59:59 in Amsterdam
    expect(Buffer.from(evening).equals(Buffer.from(morning))).toBe(true);
    const afterMidnight = await documentPdf(doc, 'nl', new Date('2026-12-04T23:00:01Z')); // 5 December in Amsterdam
    expect(Buffer.from(afterMidnight).equals(Buffer.from(morning))).toBe(false);
    const read = await PDFDocument.load(afterMidnight, { updateMetadata: false });
    expect(read.getCreationDate()?.toISOString()).toBe('2026-12-05T12:00:00.000Z');
    expect(read.getModificationDate()?.toISOString()).toBe('2026-12-05T12:00:00.000Z');
    expect(read.getProducer()).toBe('Routewijzer werk');
  });

  it('declares its language: Dutch for nl, English for en', async () => {
    expect(await language(await planPdf(plan('nl'), '26 november 2026', 'nl'))).toBe('nl-NL');
    expect(await language(await planPdf(plan('en'), '26 November 2026', 'en'))).toBe('en-GB');
    expect(await language(await documentPdf({ title: 'x', subtitle: 'y', sections: [] }, 'nl'))).toBe('nl-NL');
  });

  it('holds the route structure in the page’s order: the choice, steps, then, also possible, questions, if it fails', () => {
    const { plan: p } = planFor(PEOPLE.wgaGroningen, 'irb');
    const doc = planDocument(p, '26 november 2026', 'nl');
    expect(doc.intro).toEqual([p.summary, p.choice.text]);
    expect(doc.sections.map((s) => s.heading)).toEqual(['Dit ga je doen', 'Daarna', 'Ook mogelijk', 'Vragen om mee te nemen', 'Wat als het niet lukt?']);
    expect(planDocument(p, '26 november 2026', 'nl', { withSituation: true }).sections.at(-1)!.heading).toBe('Mijn situatie');
    expect(doc.sections[2]!.items).toEqual(p.alternatives.map((a) => `${a.name}: ${a.tradeOff}`));
    const first = planFor(PEOPLE.wgaGroningen, 'werkfit-maken').plan;
    expect(planDocument(first, 'x', 'nl').sections[1]!.items).toEqual(['Als je klaar bent om te gaan werken: Naar werk (UWV)', 'Als je werk hebt gevonden: Jobcoaching']);
  });
});

/** The text a pdf-lib PDF shows: the <hex> Tj strings of its (deflated) content streams, decoded. */
function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes);
  const text: string[] = [];
  let at = 0;
  for (;;) {
    const start = raw.indexOf('stream\n', at);
    if (start < 0) break;
    const end = raw.indexOf('endstream', start);
    const body = raw.subarray(start + 'stream\n'.length, end);
    let content: string;
    try {
      content = inflateSync(body).toString('latin1');
    } catch {
      content = body.toString('latin1');
    }
    for (const m of content.matchAll(/<([0-9A-Fa-f]+)> Tj/g)) text.push(Buffer.from(m[1]!, 'hex').toString('latin1'));
    at = end + 'endstream'.length;
  }
  return text.join(' ');
}

describe('the plan keeps the situation off paper unless the person chooses it (issue 16)', () => {
  it('the PDF leaves out "Mijn situatie" by default and has it when asked, with every answer', async () => {
    const { plan: p } = planFor(PEOPLE.sickListedDenHaag, advise(PEOPLE.sickListedDenHaag, getCatalogue('nl'), 'nl').recommended[0]!.id);
    expect(p.situation.length).toBeGreaterThan(3);
    const without = pdfText(await planPdf(p, '3 december 2026', 'nl'));
    const withIt = pdfText(await planPdf(p, '3 december 2026', 'nl', { withSituation: true }));
    expect(without).toContain('Vragen om mee te nemen');
    expect(without).not.toContain('Mijn situatie');
    for (const s of p.situation) expect(without).not.toContain(toWinAnsi(`${s.label}: ${s.value}`));
    expect(withIt).toContain('Mijn situatie');
    for (const s of p.situation) expect(withIt).toContain(toWinAnsi(`${s.label}: ${s.value}`));
  });

  it('someone with work takes the plan to the bedrijfsarts and decides what the employer hears; others take it to the conversation', () => {
    const employee = planFor(PEOPLE.sickListedDenHaag, advise(PEOPLE.sickListedDenHaag, getCatalogue('nl'), 'nl').recommended[0]!.id).plan;
    expect(employee.steps.join('\n')).toContain('Neem dit plan mee naar de bedrijfsarts.');
    expect(employee.steps.join('\n')).toContain('bepaal je zelf');
    expect(plan('nl').steps.join('\n')).toContain('Neem dit plan mee naar het gesprek.');
  });
});

describe('the plan PDF is tagged, for screen readers (issue 16)', () => {
  /** Reads the structure tree back: the tags in reading order, and the text each element holds through its MCIDs. */
  async function structure(bytes: Uint8Array) {
    const doc = await PDFDocument.load(bytes);
    const cat = doc.catalog;
    const look = <T,>(o: unknown) => (o instanceof PDFRef ? doc.context.lookup(o) : o) as T;
    // Per page: MCID → the text drawn inside that marked content.
    const textByMcid = new Map<string, string>();
    doc.getPages().forEach((page, i) => {
      const contents = look<PDFArray | PDFRawStream>(page.node.get(PDFName.of('Contents')));
      const streams = contents instanceof PDFArray ? contents.asArray().map((r) => look<PDFRawStream>(r)) : [contents];
      const ops = streams.map((s) => (s.dict.get(PDFName.of('Filter')) ? inflateSync(s.contents) : Buffer.from(s.contents)).toString('latin1')).join('\n');
      for (const m of ops.matchAll(/\/(\w+) <<\/MCID (\d+)>> BDC([\s\S]*?)EMC/g)) {
        const text = [...m[3]!.matchAll(/<([0-9A-Fa-f]+)> Tj/g)].map((t) => Buffer.from(t[1]!, 'hex').toString('latin1')).join(' ');
        textByMcid.set(`${i}:${m[2]}`, text);
      }
      // No text outside marked content.
      const outside = ops.replace(/BDC[\s\S]*?EMC/g, '');
      expect(outside).not.toMatch(/Tj/);
    });
    const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
    const tags: string[] = [];
    const texts: string[] = [];
    const walk = (e: PDFDict, depth: number) => {
      const tag = (e.get(PDFName.of('S')) as PDFName).decodeText();
      tags.push(`${'  '.repeat(depth)}${tag}`);
      const k = look<PDFArray | PDFDict>(e.get(PDFName.of('K')));
      for (const kid of k instanceof PDFArray ? k.asArray() : [k]) {
        const d = look<PDFDict>(kid);
        if (d.get(PDFName.of('Type'))?.toString() === '/MCR') texts.push(textByMcid.get(`${pageIndex.get(d.get(PDFName.of('Pg'))!.toString())}:${d.get(PDFName.of('MCID'))!.toString()}`)!);
        else walk(d, depth + 1);
      }
    };
    const tree = look<PDFDict>(cat.get(PDFName.of('StructTreeRoot')));
    walk(look<PDFDict>(tree.get(PDFName.of('K'))), 0);
    return { cat, tags, text: texts.join(' '), drawn: [...textByMcid.values()].join(' '), look };
  }

  it('has a structure tree in reading order: H1, the intro as P, each section an H2 and a list of items; language, title and MarkInfo set', async () => {
    const { plan: p } = planFor(PEOPLE.wgaGroningen, 'werkfit-maken');
    const { cat, tags, text, look } = await structure(await planPdf(p, '3 december 2026', 'nl'));
    expect(look<PDFDict>(cat.get(PDFName.of('MarkInfo'))).get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(cat.get(PDFName.of('Lang'))?.toString()).toBe('(nl-NL)');
    expect(look<PDFDict>(cat.get(PDFName.of('ViewerPreferences'))).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    const top = tags.filter((t) => /^ {2}\S/.test(t)).map((t) => t.trim());
    expect(top.slice(0, 2)).toEqual(['H1', 'P']);
    expect(top.filter((t) => t === 'H2')).toHaveLength(top.filter((t) => t === 'L').length);
    expect(tags.filter((t) => t.trim() === 'LI')).toHaveLength(p.steps.length + p.then.length + p.alternatives.length + p.questions.length + p.ifItFails.length);
    // Read in structure order, the text is the plan in the page's order.
    const order = ['Dit ga je doen', 'Daarna', 'Ook mogelijk', 'Vragen om mee te nemen', 'Wat als het niet lukt?'].map((h) => text.indexOf(h));
    expect(order.every((x, i) => x > 0 && (i === 0 || x > order[i - 1]!))).toBe(true);
    expect(text).toContain(toWinAnsi(p.steps[0]!));
  });

  /**
   * The same file read by a PDF reader we did not write: poppler's pdfinfo (Debian's
   * poppler-utils, installed by .ci/run). It must call the file tagged and read its logical
   * structure as a screen reader gets it: the title as H1, each section an H2 with its list.
   */
  it('poppler reads it as tagged, with the title, headings and list items in order (pdfinfo -struct-text)', async () => {
    const { plan: p } = planFor(PEOPLE.wgaGroningen, 'werkfit-maken');
    const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
    try {
      const file = join(dir, 'plan.pdf');
      writeFileSync(file, await planPdf(p, '3 december 2026', 'nl'));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      expect(info).toMatch(/^Title:\s+Mijn plan: Werkfit maken \(UWV\)$/m);
      const tree = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
      const lines = tree.split('\n');
      expect(lines[0]).toBe('Document');
      expect(lines[1]!.trim()).toBe('H1 (block)');
      expect(lines[2]!.trim()).toBe(`"Mijn plan: ${p.route.name}"`);
      const h2 = lines.flatMap((l, i) => (l.trim() === 'H2 (block)' ? [lines[i + 1]!.trim()] : []));
      expect(h2).toEqual(['"Dit ga je doen"', '"Daarna"', '"Ook mogelijk"', '"Vragen om mee te nemen"', '"Wat als het niet lukt?"']);
      expect(lines.filter((l) => l.trim() === 'LI (block)')).toHaveLength(p.steps.length + p.then.length + p.alternatives.length + p.questions.length + p.ifItFails.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a plan over several pages keeps every line tagged, and the shared structure reads all of it', async () => {
    const long = planFor(PEOPLE.wgaGroningen, 'werkfit-maken').plan;
    const many = { ...long, questions: Array.from({ length: 60 }, (_, i) => `Vraag ${i + 1}: ${long.questions[i % long.questions.length]}`) };
    const bytes = await planPdf(many, '3 december 2026', 'nl');
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(1);
    const { text, drawn } = await structure(bytes);
    expect(text).toContain('Vraag 60:');
    expect(text.length).toBe(drawn.length);
  });
});
