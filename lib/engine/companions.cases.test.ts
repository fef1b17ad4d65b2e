import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { PEOPLE, weighing } from '@/tests/support/personas';

/*
 * Issue 18: the catalogue entries that are not routes (instruments, a safety net, kinds of
 * help), EXIT, UWV's online offer and peer support, each where the seeds place them
 * (lib/engine/route.ts names the lines). A row per person; each fails if its rule changes.
 */

const catalogue = loadCatalogue();
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

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

  it('heading for paid work, the instruments a gemeente arranges around a placement are named, each with what to ask', () => {
    expect(route.instruments.length).toBeGreaterThan(0);
    expect(route.instruments.every((x) => catalogue.routes.find((r) => r.id === x.id)?.kind === 'instrument' && x.say.length > 10)).toBe(true);
  });
});

describe('the WW client with CMD (002:389-407, 002:678-682)', () => {
  const { route } = advise(PEOPLE.wwAmersfoort, catalogue, 'nl');

  it('asks UWV, with UWV\'s online offer for WW as the step after it', () => {
    expect(route.firstStep).toMatchObject({ type: 'action', id: 'ask-uwv' });
    expect(ids(route.then)).toContain('uwv-online-ww');
  });

  it('is told which evidence-based kinds of help to ask for, none of them offered as a programme', () => {
    expect(ids(route.askAbout)).toEqual(expect.arrayContaining(['winning-new-jobs', 'leerdoel-orientatie']));
    expect([...ids(route.alternatives), ...ids(route.then), route.firstStep.id]).not.toEqual(expect.arrayContaining(['winning-new-jobs']));
  });

  it('with severe complaints the kinds of help are not offered: their studies left out clinical depression (002:482)', () => {
    const severe = { ...PEOPLE.wwAmersfoort, situation: { ...PEOPLE.wwAmersfoort.situation, severity: 'severe' as const } };
    expect(advise(severe, catalogue, 'nl').route.askAbout).toEqual([]);
  });
});

describe('someone in dagbesteding who worries about the benefit: Simpel Switchen (004:2178-2181, 003:115)', () => {
  it('is shown beside Actief herstel for the person in dagbesteding', () => {
    const { route } = advise(PEOPLE.mediantDagbestedingEnschede, catalogue, 'nl');
    expect(route.firstStep.id).toBe('actief-herstel');
    expect(ids(route.safetyNets)).toEqual(['simpel-switchen']);
  });

  it('is shown to someone who says income security matters, and not to someone who does not and has no dagbesteding', () => {
    expect(ids(advise(weighing(PEOPLE.wgaGroningen, ['income-security']), catalogue, 'nl').route.safetyNets)).toEqual(['simpel-switchen']);
    expect(advise(PEOPLE.bijstand28Utrecht, catalogue, 'nl').route.safetyNets).toEqual([]);
  });
});

describe('a klantmanager\'s view of a person ready for a job: the instruments (001:952, 002:625, 004:2197-2199)', () => {
  it('a bijstand client who wants a job fast gets proefplaatsing, loonkostensubsidie and the werkgeversservicepunt to ask about', () => {
    const { route } = advise(PEOPLE.bijstand28Utrecht, catalogue, 'nl');
    expect(ids(route.instruments)).toEqual(expect.arrayContaining(['proefplaatsing', 'loonkostensubsidie']));
    expect(route.instruments.length).toBeLessThanOrEqual(4);
  });

  it('no instruments for someone whose goal is not work, or in a crisis', () => {
    expect(advise(PEOPLE.mediantDagbestedingEnschede, catalogue, 'nl').route.instruments).toEqual([]);
    expect(advise(PEOPLE.crisis, catalogue, 'nl').route.instruments).toEqual([]);
  });
});

describe('peer support beside a stepwise or own-pace route (003:123-131)', () => {
  it('goes alongside for someone at their own pace, not for someone who wants a job fast and did not ask for peers', () => {
    expect(ids(advise(PEOPLE.wgaGroningen, catalogue, 'nl').route.alongside)).toContain('lotgenoten-en-ervaringsdeskundigen');
    expect(ids(advise(PEOPLE.bijstand28Utrecht, catalogue, 'nl').route.alongside)).not.toContain('lotgenoten-en-ervaringsdeskundigen');
  });
});
