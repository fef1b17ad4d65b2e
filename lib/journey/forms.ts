import { MAX_AGE, MIN_AGE, PRIORITIES, SUPPORTS, type Answers } from '@/lib/answers/schema';
import type { QuestionId } from '@/lib/journey/questions';
import type { Patch } from '@/machines/route-machine';
import { normaliseName, type RegionTable } from '@/lib/regions/regions';

/*
 * Each question as a form: which values it offers, how a submitted form becomes a patch to
 * the answers, and what the form shows for the current answers. Labels live in
 * content/messages/<locale>/questions.ts (lib/journey/question-copy.ts); this file holds no
 * interface text, only error codes (their texts: content/messages/<locale>/wizard.ts).
 */

export type FieldKind = 'radio' | 'checkbox' | 'municipality' | 'age';

type Choice = { value: string; patch: Patch };

const choice = (value: string, patch: Patch): Choice => ({ value, patch });
const sit = (p: Partial<Answers['situation']>): Patch => ({ situation: p });

const RADIOS: Partial<Record<QuestionId, Choice[]>> = {
  crisis: [choice('no', sit({ crisis: false })), choice('yes', sit({ crisis: true }))],
  condition: [choice('mental-health', sit({ condition: 'mental-health' })), choice('other-limitation', sit({ condition: 'other-limitation' }))],
  severity: [
    choice('mild', sit({ severity: 'mild' })),
    choice('moderate', sit({ severity: 'moderate' })),
    choice('severe', sit({ severity: 'severe' })),
    choice('unknown', sit({ severity: 'unknown' })),
  ],
  care: [
    choice('specialist-ggz', sit({ care: 'specialist-ggz' })),
    choice('basic-ggz', sit({ care: 'basic-ggz' })),
    choice('gp', sit({ care: 'gp' })),
    choice('none', sit({ care: 'none', careProvider: undefined, careOverOneYear: undefined })),
  ],
  work: [
    choice('none', sit({ work: 'none' })),
    choice('employed', sit({ work: 'employed' })),
    choice('sick-listed', sit({ work: 'sick-listed' })),
    choice('in-education', sit({ work: 'in-education' })),
    choice('dropped-out', sit({ work: 'dropped-out' })),
  ],
  benefit: [
    choice('none', sit({ benefit: 'none' })),
    // An employee (or a sick-listed one) is paid by the employer: no benefit, and their way in
    // is the werkgever and the bedrijfsarts, not the gemeente (000:353; lib/engine/route.ts).
    choice('wage', sit({ benefit: 'none' })),
    choice('bijstand', sit({ benefit: 'bijstand' })),
    choice('ww', sit({ benefit: 'ww' })),
    choice('ziektewet', sit({ benefit: 'ziektewet' })),
    choice('wia-wga', sit({ benefit: 'wia-wga' })),
    choice('wia-iva', sit({ benefit: 'wia-iva' })),
    choice('wao', sit({ benefit: 'wao' })),
    choice('waz', sit({ benefit: 'waz' })),
    choice('wajong', sit({ benefit: 'wajong' })),
    choice('uwv-unknown', sit({ benefit: 'uwv-unknown' })),
    choice('unknown', sit({ benefit: undefined })),
  ],
  careProvider: [
    choice('dimence', sit({ careProvider: 'dimence' })),
    choice('mediant', sit({ careProvider: 'mediant' })),
    choice('yulius', sit({ careProvider: 'yulius' })),
    choice('vincent-van-gogh', sit({ careProvider: 'vincent-van-gogh' })),
    choice('other', sit({ careProvider: 'other' })),
    choice('unknown', sit({ careProvider: undefined })),
  ],
  careOverOneYear: [
    choice('yes', sit({ careOverOneYear: true })),
    choice('no', sit({ careOverOneYear: false })),
    choice('unknown', sit({ careOverOneYear: undefined })),
  ],
  dayActivities: [choice('yes', sit({ dayActivities: true })), choice('no', sit({ dayActivities: false }))],
  targetGroupRegister: [
    choice('yes', sit({ targetGroupRegister: 'yes' })),
    choice('no', sit({ targetGroupRegister: 'no' })),
    choice('unknown', sit({ targetGroupRegister: 'unknown' })),
  ],
  goal: [
    choice('paid-work', { wish: { goal: 'paid-work' } }),
    choice('education', { wish: { goal: 'education' } }),
    choice('keep-job', { wish: { goal: 'keep-job' } }),
    choice('volunteering', { wish: { goal: 'volunteering' } }),
    choice('unsure', { wish: { goal: 'unsure' } }),
  ],
  pace: [choice('fast', { wish: { pace: 'fast' } }), choice('own-pace', { wish: { pace: 'own-pace' } })],
};

const CHECKBOXES: Partial<Record<QuestionId, readonly string[]>> = { support: SUPPORTS, priorities: PRIORITIES };

export function fieldKind(q: QuestionId): FieldKind {
  if (q === 'municipality') return 'municipality';
  if (q === 'age') return 'age';
  return CHECKBOXES[q] ? 'checkbox' : 'radio';
}

export const optionValues = (q: QuestionId): readonly string[] => RADIOS[q]?.map((c) => c.value) ?? CHECKBOXES[q] ?? [];

export const FORM_ERRORS = ['required', 'unknown-municipality', 'age-not-a-number', 'age-too-low', 'age-too-high'] as const;
export type FormError = (typeof FORM_ERRORS)[number];
export type Parsed = { ok: true; patch: Patch; note?: string } | { ok: false; error: FormError; value?: string };

/** Accepts a gemeente name, or a postcode ("1234" or "1234 AB"): returns the gemeentecode. */
export function findMunicipality(input: string, regions: RegionTable): { code: string; alsoIn: string[] } | undefined {
  const text = input.trim();
  const pc = /^(\d{4})\s*[a-zA-Z]{0,2}$/.exec(text);
  if (pc) {
    const codes = regions.postcodes.get(pc[1]!);
    return codes && codes.length > 0 ? { code: codes[0]!, alsoIn: codes.slice(1) } : undefined;
  }
  const name = normaliseName(text);
  const aliases: Record<string, string> = { 'den haag': "'s-gravenhage", 'den bosch': "'s-hertogenbosch", 's hertogenbosch': "'s-hertogenbosch" };
  const g = regions.byName.get(name) ?? regions.byName.get(normaliseName(aliases[name] ?? ''));
  return g ? { code: g.code, alsoIn: [] } : undefined;
}

export function parseAnswer(q: QuestionId, form: FormData, regions: RegionTable): Parsed {
  const kind = fieldKind(q);
  if (kind === 'radio') {
    const v = form.get('answer');
    const c = RADIOS[q]!.find((x) => x.value === v);
    return c ? { ok: true, patch: c.patch } : { ok: false, error: 'required' };
  }
  if (kind === 'checkbox') {
    const allowed = CHECKBOXES[q]!;
    const picked = [...new Set(form.getAll('answer').map(String))].filter((v) => allowed.includes(v));
    // Order as offered, so the same choices always give the same answers.
    const values = allowed.filter((v) => picked.includes(v));
    return q === 'support'
      ? { ok: true, patch: { wish: { support: values as Answers['wish']['support'] } } }
      : { ok: true, patch: { priorities: values as Answers['priorities'] } };
  }
  const skip = form.get('skip') === '1';
  const raw = String(form.get('answer') ?? '').trim().slice(0, 100);
  if (kind === 'municipality') {
    if (skip) return { ok: true, patch: sit({ municipality: undefined }) };
    if (!raw) return { ok: false, error: 'required' };
    const found = findMunicipality(raw, regions);
    return found ? { ok: true, patch: sit({ municipality: found.code }) } : { ok: false, error: 'unknown-municipality', value: raw };
  }
  if (skip) return { ok: true, patch: sit({ age: undefined }) };
  if (!raw) return { ok: false, error: 'required' };
  if (!/^\d{1,3}$/.test(raw)) return { ok: false, error: 'age-not-a-number', value: raw };
  const age = Number(raw);
  if (age < MIN_AGE) return { ok: false, error: 'age-too-low', value: raw };
  if (age > MAX_AGE) return { ok: false, error: 'age-too-high', value: raw };
  return { ok: true, patch: sit({ age }) };
}

/** The value(s) the form shows as chosen, from the current answers. */
export function currentValues(q: QuestionId, answers: Answers, answered: boolean, regions: RegionTable): string[] {
  const s = answers.situation;
  const bool = (b: boolean | undefined) => (b === undefined ? 'unknown' : b ? 'yes' : 'no');
  if (!answered) return [];
  switch (q) {
    case 'crisis':
      return [s.crisis ? 'yes' : 'no'];
    case 'condition':
    case 'severity':
    case 'care':
    case 'work':
    case 'careProvider':
    case 'targetGroupRegister':
      return [String(s[q] ?? 'unknown')];
    case 'benefit':
      return [s.benefit === 'none' && (s.work === 'employed' || s.work === 'sick-listed') ? 'wage' : (s.benefit ?? 'unknown')];
    case 'careOverOneYear':
    case 'dayActivities':
      return [bool(s[q])];
    case 'municipality':
      return s.municipality ? [regions.gemeenten.get(s.municipality)?.name ?? ''] : [];
    case 'age':
      return s.age === undefined ? [] : [String(s.age)];
    case 'goal':
    case 'pace':
      return answers.wish[q] ? [answers.wish[q]] : [];
    case 'support':
      return answers.wish.support ?? [];
    case 'priorities':
      return answers.priorities ?? [];
  }
}
