import { questions } from '@/content/copy/nl';
import { currentValues, fieldKind } from '@/lib/journey/forms';
import type { QuestionId } from '@/lib/journey/questions';
import type { RegionTable } from '@/lib/regions/regions';
import type { Answers } from '@/lib/answers/schema';

/** How an answer reads on the check page and in the plan, e.g. "Utrecht (regio Midden-Utrecht)". */
export function answerText(q: QuestionId, answers: Answers, regions: RegionTable): string {
  const copy = questions[q] as { options?: Record<string, { label: string }>; skipped?: string };
  const kind = fieldKind(q);
  if (kind === 'municipality') {
    const g = answers.situation.municipality ? regions.gemeenten.get(answers.situation.municipality) : undefined;
    return g ? `${g.name} (regio ${g.arbeidsmarktregio})` : (copy.skipped ?? '');
  }
  if (kind === 'age') return answers.situation.age === undefined ? (copy.skipped ?? '') : `${answers.situation.age} jaar`;
  const values = currentValues(q, answers, true, regions);
  if (values.length === 0) return 'Niets gekozen';
  return values.map((v) => copy.options?.[v]?.label ?? v).join(', ');
}
