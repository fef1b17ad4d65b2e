import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import { isRouteToWork } from '@/lib/catalogue/schema';
import { advise } from '@/lib/engine/advise';
import type { Locale } from '@/lib/i18n/locale';
import { QUESTION_IDS } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import { freshSession } from '@/lib/journey/session';
import { intakeSummary, printedLines, SUMMARY_A4_LINES } from '@/lib/intake/intake-summary';
import { emptyMeeting, giveConsent, revokeConsent, type Meeting } from '@/lib/meeting/meeting';
import { PEOPLE } from '@/tests/support/personas';

/*
 * The intake summary for a klantmanager's case system (issue 16): about the client in the third
 * person, every route that fits, the first step, the chosen route, agreements, consent and the
 * klantmanager's notes, without hard line breaks, on one A4.
 */

const { deps } = journeyRuntime();

function summaryOf(answers: Answers, opts: { locale?: Locale; chosenRoute?: string; meeting?: Meeting; notes?: string } = {}) {
  const locale = opts.locale ?? 'nl';
  const catalogue = getCatalogue(locale);
  const context = { ...freshSession().context, answers, answered: QUESTION_IDS.filter((q) => deps.isAsked(q, answers)), chosenRoute: opts.chosenRoute ?? null };
  const advice = advise(answers, catalogue, locale);
  const text = intakeSummary({ context, advice, catalogue, isAsked: deps.isAsked, date: '26 november 2026', locale, meeting: opts.meeting, notes: opts.notes });
  return { text, advice, catalogue, lines: text.split('\n') };
}

/** The lines of a section: after its heading, up to the next empty line. */
function sectionOf(lines: string[], heading: string): string[] {
  const at = lines.indexOf(heading);
  if (at < 0) return [];
  const end = lines.indexOf('', at);
  return lines.slice(at + 1, end < 0 ? undefined : end);
}

/** The text with every route name taken out: what is left is the summary's own words. */
function ownWords(text: string, names: string[]): string {
  return [...names].sort((a, b) => b.length - a.length).reduce((t, n) => t.split(n).join('«route»'), text);
}

const PERSONAS = Object.keys(PEOPLE) as (keyof typeof PEOPLE)[];

describe('the intake summary is about the client, in the third person', () => {
  it.each(PERSONAS)('%s: no "je", "jij" or "jouw" in its own words (route names are names)', (who) => {
    const { text, catalogue } = summaryOf(PEOPLE[who]);
    expect(ownWords(text, catalogue.routes.map((r) => r.name))).not.toMatch(/\b(je|jij|jou|jouw|mijn|ik)\b/i);
  });

  it.each(PERSONAS)('%s, in English: no "you" or "your" in its own words', (who) => {
    const { text, catalogue } = summaryOf(PEOPLE[who], { locale: 'en' });
    expect(ownWords(text, catalogue.routes.map((r) => r.name))).not.toMatch(/\b(you|your|I|my)\b/);
    expect(text).not.toMatch(/Situatie|Aanbevolen|Eerste stap|Datum:/);
  });

  it('answers in professional words, not the wizard\'s first person', () => {
    const { lines } = summaryOf(PEOPLE.bijstand28Utrecht);
    const situation = sectionOf(lines, 'Situatie van de klant');
    expect(situation).toContain('- Zorg: basis-GGZ (psycholoog of praktijk)');
    expect(situation).toContain('- Werksituatie: geen werk');
    expect(situation).toContain('- Uitkering: bijstand (gemeente)');
    expect(situation).toContain('- Woonplaats (gemeente of postcode): Utrecht (arbeidsmarktregio Midden-Utrecht)');
    // A stored value the wizard no longer offers still reads in words, never as its code.
    expect(sectionOf(lines, 'Wens van de klant')).toContain('- Gewenste ondersteuning: snel een baan vinden');
  });
});

describe('the advice in the summary', () => {
  it.each(PERSONAS)('%s: the first step, then, the alternatives, and every fitting route by name', (who) => {
    const { lines, advice, catalogue } = summaryOf(PEOPLE[who]);
    const name = (id: string) => catalogue.routes.find((r) => r.id === id)!.name.replace(/[?.]$/, '');
    const adviceLines = sectionOf(lines, 'Advies');
    expect(adviceLines[0]).toMatch(/^Eerste stap: /);
    if (advice.route.firstStep.type === 'route') expect(adviceLines[0]).toContain(name(advice.route.firstStep.id));
    for (const x of advice.route.then) expect(adviceLines.join('\n')).toContain(name(x.id));
    for (const x of advice.route.alternatives) expect(adviceLines.find((l) => l.startsWith('Ook mogelijk: '))).toContain(name(x.id));
    const all = sectionOf(lines, 'Alle routes die passen').join('\n');
    // Every route to work, nothing hidden behind "en 3 andere"; what is not a route is named in the advice.
    const routes = (list: typeof advice.recommended) => list.filter((a) => isRouteToWork(a.kind));
    for (const a of [...routes(advice.recommended), ...routes(advice.conditional)]) expect(all).toContain(a.name.replace(/[?.]$/, ''));
    expect(all).not.toMatch(/\d+ andere/);
    expect(all).toContain(`Aanbevolen (${routes(advice.recommended).length})`);
    for (const x of [...advice.route.instruments, ...advice.route.safetyNets, ...advice.route.askAbout]) {
      expect(all).not.toContain(name(x.id));
      expect(adviceLines.join('\n')).toContain(name(x.id));
    }
  });

  it('names what grounds the first step, and for a route that fits only if a condition holds, what to check and with whom', () => {
    const { lines } = summaryOf(PEOPLE.sickListedDenHaag);
    expect(sectionOf(lines, 'Advies')[0]).toBe('Eerste stap: gesprek met de bedrijfsarts en de werkgever. Op grond van: werksituatie.');
    expect(sectionOf(lines, 'Eerst nagaan')).toContain('- Ergotherapie bij depressie: na te gaan is ernst van de klachten; navragen bij de bedrijfsarts.');
  });

  it('in a crisis: the help first, and nothing after it', () => {
    const { lines } = summaryOf(PEOPLE.crisis);
    expect(lines.indexOf('Let op')).toBeGreaterThan(0);
    expect(lines.indexOf('Let op')).toBeLessThan(lines.indexOf('Advies'));
    expect(sectionOf(lines, 'Advies')).toEqual(['Eerste stap: direct hulp bij de crisis (113, huisarts of 112). Op grond van: acute crisis of suïcidale gedachten.']);
  });

  it('the chosen route, or that none is chosen yet', () => {
    const answers = PEOPLE.wgaGroningen;
    const route = advise(answers, getCatalogue('nl'), 'nl').route;
    const chosen = route.alternatives[0]!.id;
    const name = getCatalogue('nl').routes.find((r) => r.id === chosen)!.name;
    expect(sectionOf(summaryOf(answers, { chosenRoute: chosen }).lines, 'Alle routes die passen')).toContain(`- Gekozen route: ${name}.`);
    expect(sectionOf(summaryOf(answers).lines, 'Alle routes die passen')).toContain('- Gekozen route: nog niet gekozen.');
  });
});

describe('agreements, consent and notes', () => {
  const agreed: Meeting = {
    ...giveConsent({ ...emptyMeeting(), parties: ['client', 'klantmanager'], share: ['situation', 'route'] }, 'client', '2026-11-20'),
    agreements: [{ who: 'Klantmanager', what: 'Aanmelding bij IPS regelen', when: '2026-12-01' }],
  };

  it('lists the driegesprek\'s agreements and the client\'s consent with what it covers', () => {
    const { lines } = summaryOf(PEOPLE.wgaGroningen, { meeting: agreed });
    expect(sectionOf(lines, 'Afspraken')).toEqual(['- Klantmanager: Aanmelding bij IPS regelen (uiterlijk 2026-12-01)']);
    expect(sectionOf(lines, 'Toestemming van de klant')).toEqual(['De klant gaf op 2026-11-20 toestemming om te delen: werk en inkomen en de gekozen route.']);
  });

  it('says when there is no consent, or when it was withdrawn', () => {
    expect(sectionOf(summaryOf(PEOPLE.wgaGroningen).lines, 'Toestemming van de klant')).toEqual(['Geen toestemming van de klant vastgelegd om gegevens te delen.']);
    expect(sectionOf(summaryOf(PEOPLE.wgaGroningen).lines, 'Afspraken')).toEqual(['Nog geen afspraken vastgelegd in een driegesprek op dit apparaat.']);
    const revoked = revokeConsent(agreed, 'client', '2026-11-25');
    expect(sectionOf(summaryOf(PEOPLE.wgaGroningen, { meeting: revoked }).lines, 'Toestemming van de klant')).toEqual(['De klant trok de toestemming in op 2026-11-25.']);
  });

  it('ends with the klantmanager\'s notes exactly as typed, line breaks included, whatever their size', () => {
    const notes = `Klant belt zelf met UWV.\nVolgende afspraak: ${'ø'.repeat(19_000)} — einde`;
    const { text } = summaryOf(PEOPLE.wgaGroningen, { notes });
    expect(text.endsWith(`\nNotities van de klantmanager\n${notes}\n`)).toBe(true);
    // Windows line ends from a form post read as plain line ends.
    expect(summaryOf(PEOPLE.wgaGroningen, { notes: 'a\r\nb' }).text.endsWith('\nNotities van de klantmanager\na\nb\n')).toBe(true);
    expect(summaryOf(PEOPLE.wgaGroningen, { notes: '   ' }).text).not.toContain('Notities');
  });
});

describe('the shape: paragraphs that wrap in any text box, one A4', () => {
  it.each(PERSONAS)('%s: no indented continuation lines; headings, items and paragraphs only; one A4 with a chosen route and agreements', (who) => {
    const answers = PEOPLE[who];
    const route = advise(answers, getCatalogue('nl'), 'nl').route;
    const meeting = { ...agreed3(), parties: ['client', 'klantmanager', 'behandelaar'] as Meeting['parties'] };
    const { text, lines } = summaryOf(answers, { chosenRoute: route.alternatives[0]?.id ?? route.firstStep.id, meeting });
    // A line never starts with white space: nothing was broken and indented to a width.
    for (const line of lines) expect(line, line).not.toMatch(/^\s+\S/);
    // The first step's sentence is one line, however long.
    expect(lines.filter((l) => l.startsWith('Eerste stap: '))).toHaveLength(1);
    expect(text).not.toMatch(/[<>]/);
    expect(printedLines(text)).toBeLessThanOrEqual(SUMMARY_A4_LINES);
  });

  it('counts printed lines as a browser wraps them', () => {
    expect(printedLines('een twee drie', 8)).toBe(2);
    expect(printedLines('a\nb\n', 8)).toBe(3);
    expect(printedLines('x'.repeat(20), 8)).toBe(3);
    expect(printedLines(`a ${'x'.repeat(20)}`, 8)).toBe(4);
  });
});

function agreed3(): Meeting {
  const m = giveConsent({ ...emptyMeeting(), share: ['situation', 'care', 'wish', 'route', 'agreements'] }, 'client', '2026-11-20');
  return {
    ...m,
    agreements: [
      { who: 'Klant', what: 'Zich aanmelden bij het team voor werk en de afspraak met de trajectbegeleider voorbereiden', when: '2026-12-01' },
      { who: 'Klantmanager', what: 'Nagaan of de gemeente de begeleiding betaalt en de klant daarover bellen', when: '2026-12-05' },
      { who: 'Behandelaar', what: 'Met de klant bespreken hoe werk in de behandeling past, en wat er nodig is', when: '2026-12-10' },
    ],
  };
}
