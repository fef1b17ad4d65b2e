import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import type { Locale } from '@/lib/i18n/locale';
import { machineDeps } from '@/lib/journey/deps';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { buildPlan } from '@/lib/plan/build-plan';
import { documentPdf, planPdf } from '@/lib/plan/pdf';
import { PEOPLE } from '@/tests/support/personas';

/* The client's plan (step 4) and its PDF, in Dutch (the default) and in English. */

const answers = PEOPLE.bijstand28Utrecht;
function plan(locale?: Locale) {
  const catalogue = getCatalogue(locale);
  const route = catalogue.routes.find((r) => r.id === 'sterk-met-werk')!;
  const advice = advise(answers, catalogue, locale);
  const { isAsked } = machineDeps(catalogue);
  return locale ? buildPlan(route, advice, answers, QUESTION_IDS, isAsked, catalogue, locale) : buildPlan(route, advice, answers, QUESTION_IDS, isAsked, catalogue);
}

async function language(bytes: Uint8Array): Promise<string | undefined> {
  const lang = (await PDFDocument.load(bytes)).catalog.lookup(PDFName.of('Lang'));
  return lang instanceof PDFString ? lang.decodeText() : undefined;
}

describe('buildPlan', () => {
  it('writes the plan in Dutch by default', () => {
    const p = plan();
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
    const all = [...p.steps, ...p.questions, ...p.ifItFails].join(' ');
    expect(all).not.toMatch(/\b(Neem|Zeg|Wie is|Ga na)\b/);
  });
});

describe('plan PDF', () => {
  it('declares its language: Dutch by default, English for en', async () => {
    expect(await language(await planPdf(plan(), '26 november 2026'))).toBe('nl-NL');
    expect(await language(await planPdf(plan('en'), '26 November 2026', 'en'))).toBe('en-GB');
    expect(await language(await documentPdf({ title: 'x', subtitle: 'y', sections: [] }))).toBe('nl-NL');
  });
});
