import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { PEOPLE } from '@/tests/support/personas';

/*
 * Issue 18: EXIT where the seeds place it (lib/engine/route.ts names the lines). The rows for
 * instruments, the safety net, kinds of help, UWV's online offer and peer support come with
 * their catalogue entries. A row per person; each fails if its rule changes.
 */

const catalogue = loadCatalogue();

describe('the multiproblem bijstand client: EXIT, the gemeente and the GGZ together (002:640)', () => {
  const { route } = advise(PEOPLE.multiproblemBijstandRotterdam, catalogue, 'nl');

  it('starts with EXIT, for the benefit, the other problems and the care together', () => {
    expect(route.rule).toBe('bijstand');
    expect(route.firstStep).toMatchObject({ type: 'route', id: 'exit' });
    expect(route.firstStep.why[0]).toMatchObject({ answers: ['situation.benefit', 'situation.multipleProblems', 'situation.care'], sources: ['002:640'] });
  });

  it('without the other problems, or without care, the same person does not start with EXIT', () => {
    const noProblems = { ...PEOPLE.multiproblemBijstandRotterdam, situation: { ...PEOPLE.multiproblemBijstandRotterdam.situation, multipleProblems: false } };
    expect(advise(noProblems, catalogue, 'nl').route.firstStep.id).not.toBe('exit');
    const noCare = { ...PEOPLE.multiproblemBijstandRotterdam, situation: { ...PEOPLE.multiproblemBijstandRotterdam.situation, care: 'none' as const } };
    expect(advise(noCare, catalogue, 'nl').route.firstStep.id).not.toBe('exit');
  });
});
