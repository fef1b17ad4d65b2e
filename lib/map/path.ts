import type { Answers } from '@/lib/answers/schema';
import type { RegionTable } from '@/lib/regions/regions';
import { OTHER_REGION, type Branch, type DecisionId, type DecisionPoint, type StroomschemaData } from '@/lib/map/stroomschema';

/*
 * A person's own path through the stroomschema: at each decision point, the branch their
 * answer takes (none when they did not answer, or answered "ik weet het niet"). Pure.
 */

export type PathStep = { point: DecisionPoint; branch: Branch | undefined };

/** The question whose answer decides each point. */
export const questionOf: Record<DecisionId, 'condition' | 'severity' | 'care' | 'work' | 'benefit' | 'municipality' | 'age' | 'goal'> = {
  condition: 'condition',
  severity: 'severity',
  care: 'care',
  work: 'work',
  benefit: 'benefit',
  region: 'municipality',
  age: 'age',
  goal: 'goal',
};

function branchId(point: DecisionPoint, answers: Answers, regions: RegionTable): string | undefined {
  const s = answers.situation;
  switch (point.id) {
    case 'region': {
      const g = s.municipality ? regions.gemeenten.get(s.municipality) : undefined;
      if (!g) return undefined;
      return point.branches.some((b) => b.id === g.arbeidsmarktregio) ? g.arbeidsmarktregio : OTHER_REGION;
    }
    case 'age': {
      const age = s.age;
      if (age === undefined) return undefined;
      return point.branches.find((b) => {
        const [from, to] = b.id.split('-').map(Number) as [number, number];
        return age >= from && age <= to;
      })?.id;
    }
    case 'goal':
      return answers.wish.goal;
    default:
      return s[point.id];
  }
}

export function pathOf(data: StroomschemaData, answers: Answers, regions: RegionTable): PathStep[] {
  return data.steps
    .flatMap((s) => s.decisions)
    .map((point) => {
      const id = branchId(point, answers, regions);
      return { point, branch: point.branches.find((b) => b.id === id) };
    });
}
