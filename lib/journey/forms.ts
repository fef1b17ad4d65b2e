import type { Answers } from '@/lib/answers/schema';
import { answerPartOf, QUESTIONS, type AnswerPatch, type FieldKind, type QuestionDef, type QuestionId } from '@/lib/journey/questions';
import { normaliseName, type RegionTable } from '@/lib/regions/regions';

/*
 * Each question as a form: how a submitted form becomes a patch to the answers, and what the
 * form shows for the current answers. Both follow from the question registry
 * (lib/journey/questions.ts). Labels live in content/messages/<locale>/questions.ts
 * (lib/journey/question-copy.ts); this file holds no interface text, only error codes
 * (their texts: content/messages/<locale>/wizard.ts).
 */

export type { FieldKind };

type Defs = Readonly<Record<string, QuestionDef>>;

export const fieldKind = (q: QuestionId, registry: Defs = QUESTIONS): FieldKind => registry[q]!.kind;

/** The values a radio or checkbox question offers, in order; none for text questions. */
export function optionValues(q: QuestionId, registry: Defs = QUESTIONS): readonly string[] {
  const def = registry[q]!;
  if (def.kind === 'radio') return def.choices.map((c) => c.value);
  if (def.kind === 'checkbox') return def.options;
  return [];
}

export const FORM_ERRORS = ['required', 'unknown-municipality', 'age-not-a-number', 'age-too-low', 'age-too-high'] as const;
export type FormError = (typeof FORM_ERRORS)[number];
export type Parsed = { ok: true; patch: AnswerPatch; note?: string } | { ok: false; error: FormError; value?: string };

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

export function parseAnswer(q: QuestionId, form: FormData, regions: RegionTable, registry: Defs = QUESTIONS): Parsed {
  const def = registry[q]!;
  if (def.kind === 'radio') {
    const v = form.get('answer');
    const c = def.choices.find((x) => x.value === v);
    return c ? { ok: true, patch: c.patch } : { ok: false, error: 'required' };
  }
  if (def.kind === 'checkbox') {
    const picked = new Set(form.getAll('answer').map(String));
    // The registry keeps the order as offered, so the same choices always give the same answers.
    return { ok: true, patch: def.patch(def.options.filter((v) => picked.has(v))) };
  }
  const skip = form.get('skip') === '1';
  const raw = String(form.get('answer') ?? '').trim().slice(0, 100);
  if (def.kind === 'municipality') {
    if (skip) return { ok: true, patch: { situation: { municipality: undefined } } };
    if (!raw) return { ok: false, error: 'required' };
    const found = findMunicipality(raw, regions);
    return found ? { ok: true, patch: { situation: { municipality: found.code } } } : { ok: false, error: 'unknown-municipality', value: raw };
  }
  if (skip) return { ok: true, patch: { situation: { age: undefined } } };
  if (!raw) return { ok: false, error: 'required' };
  if (!/^\d{1,3}$/.test(raw)) return { ok: false, error: 'age-not-a-number', value: raw };
  const age = Number(raw);
  if (age < def.min) return { ok: false, error: 'age-too-low', value: raw };
  if (age > def.max) return { ok: false, error: 'age-too-high', value: raw };
  return { ok: true, patch: { situation: { age } } };
}

/** The answer a question holds, where the answers keep it. */
function storedValue(q: string, answers: Answers): unknown {
  if (q === 'priorities') return answers.priorities;
  return answerPartOf(q) === 'wish' ? (answers.wish as Record<string, unknown>)[q] : (answers.situation as Record<string, unknown>)[q];
}

/** The value a choice's patch gives the question's own field. */
function patchedValue(q: string, patch: AnswerPatch): unknown {
  return answerPartOf(q) === 'wish' ? (patch.wish as Record<string, unknown> | undefined)?.[q] : (patch.situation as Record<string, unknown> | undefined)?.[q];
}

/** The value(s) the form shows as chosen, from the current answers. */
export function currentValues(q: QuestionId, answers: Answers, answered: boolean, regions: RegionTable, registry: Defs = QUESTIONS): string[] {
  if (!answered) return [];
  const def = registry[q]!;
  const stored = storedValue(q, answers);
  switch (def.kind) {
    case 'radio': {
      const special = def.current?.(answers);
      if (special !== undefined) return [special];
      const c = def.choices.find((x) => patchedValue(q, x.patch) === stored);
      return c ? [c.value] : [];
    }
    case 'checkbox':
      return [...(def.current(answers) ?? [])];
    case 'municipality':
      return typeof stored === 'string' ? [regions.gemeenten.get(stored)?.name ?? ''] : [];
    case 'age':
      return stored === undefined ? [] : [String(stored)];
  }
}
