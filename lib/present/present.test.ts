import { describe, expect, it } from 'vitest';
import { getCatalogue } from '@/lib/catalogue/load';
import { factText, figurePercent, figureSentence, figureValue, presentLabels, sourceLabel } from '@/lib/present/present';
import { figureRows } from '@/lib/present/professional';

/* How catalogue facts read, in Dutch and in English. */

const meta = getCatalogue('nl').meta;
const seed = Object.keys(meta.seeds)[0]!;

describe('present', () => {
  it('says an unknown fact is unknown and who to ask, in the language asked for', () => {
    expect(factText({ unknown: true, askAt: 'gemeente' }, 'nl')).toBe('Onbekend. Vraag het na bij je gemeente.');
    expect(factText({ unknown: true, askAt: 'gemeente' }, 'en')).toBe('Unknown. Ask your municipality (gemeente).');
    expect(factText({ text: 'Twee jaar.', src: ['004:1'] }, 'en')).toBe('Twee jaar.');
  });

  it('writes figures, kinds and source lines in both languages', () => {
    const o = { value: 48.6, text: 'found paid work', population: 'x', year: 2020, studyType: 'rct', study: 's', src: ['004:1'] } as never;
    expect(figureSentence(o, 'nl')).toBe('Ongeveer 49 van de 100 mensen found paid work.');
    expect(figureSentence(o, 'en')).toBe('About 49 in 100 people found paid work.');
    expect(presentLabels('nl').kind['support-tool']).toBe('Hulpmiddel');
    expect(presentLabels('en').kind['support-tool']).toBe('Tool');
    expect(presentLabels('en').evidence.strong).toBe('Strong evidence');
    expect(sourceLabel(`${seed}:3-5`, meta, new Map(), 'nl')).toMatch(/, regels 3–5$/);
    expect(sourceLabel(`${seed}:3`, meta, new Map(), 'en')).toMatch(/, line 3$/);
  });

  it('shows a range as a range, never one of its ends alone (Werkfit maken, 004:1964-1975)', () => {
    const o = { value: 66.7, max: 75, text: 'rondden het traject goed af', population: 'x', year: 2020, studyType: 'monitoring', study: 's', src: ['004:1'] } as never;
    expect(figureSentence(o, 'nl')).toBe('Ongeveer 67–75 van de 100 mensen rondden het traject goed af.');
    expect(figurePercent(o)).toBe('67%–75%');
    expect(figureValue(o, { exact: true })).toBe('66.7–75');
    expect(figurePercent({ value: 48.8 })).toBe('49%');
    const werkfit = getCatalogue('nl').routes.find((r) => r.id === 'werkfit-maken')!;
    expect(werkfit.outcomes[0]).toMatchObject({ value: 66.7, max: 75, n: 600 });
    expect(figureRows(werkfit, 'nl')[0]!.value).toBe('66.7–75');
    expect(figureRows(werkfit, 'nl')[1]!.value).toBe('24');
  });
});
