import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCoverage, checkCoverageFiles, parseCoverageTable, parseSections } from '@/lib/catalogue/coverage';

/*
 * The coverage table check (npm run content:check) on small fixtures, not the real files: a
 * complete table passes, and each way a table can drift from the notes or from content/routes
 * is named.
 */

const SECTIONS = `# comment: the sections of the notes
## R01. IPS: Individuele Plaatsing en Steun
## R03a. UWV digital offer
## R29. A German inpatient study
`;

const doc = (rows: string) => `# Writing content

## Coverage of the catalogue facts

Some text.

| section | title | catalogue ids, or why not an entry |
| --- | --- | --- |
${rows}

## Next section

| R99 | not part of the coverage table | \`ghost\` |
`;

const COMPLETE = [
  '| R01 | IPS: Individuele Plaatsing en Steun | `ips` |',
  '| R03a | UWV digital offer | `uwv-online-ww`, `naar-werk` |',
  '| R29 | A German inpatient study | not an entry: a German inpatient study, no Dutch offer |',
].join('\n');
const ROUTES = ['ips', 'naar-werk', 'uwv-online-ww'];

function problems(rows: string, routes = ROUTES, sections = SECTIONS): string[] {
  const s = parseSections(sections);
  const t = parseCoverageTable(doc(rows));
  return [...s.problems, ...t.problems, ...checkCoverage(s.sections, t.rows, routes)];
}

describe('the coverage table check', () => {
  it('passes a table that covers every section and names every route', () => {
    expect(problems(COMPLETE)).toEqual([]);
  });

  it('reads only the table under its own heading, ids in backticks and the reason of a "not an entry" row', () => {
    const { rows } = parseCoverageTable(doc(COMPLETE));
    expect(rows.map((r) => [r.section, r.ids, r.notAnEntry])).toEqual([
      ['R01', ['ips'], undefined],
      ['R03a', ['uwv-online-ww', 'naar-werk'], undefined],
      ['R29', [], 'a German inpatient study, no Dutch offer'],
    ]);
  });

  it('fails when a section of the notes is missing from the table', () => {
    const rows = COMPLETE.split('\n').filter((r) => !r.startsWith('| R29')).join('\n');
    expect(problems(rows)).toEqual([expect.stringMatching(/section R29 \(A German inpatient study\) is missing/)]);
  });

  it('fails when a section appears twice', () => {
    const rows = `${COMPLETE}\n| R01 | IPS: Individuele Plaatsing en Steun | \`ips\` |`;
    expect(problems(rows)).toEqual([expect.stringMatching(/section R01 appears 2 times/)]);
  });

  it('fails for an id that is not a file in content/routes', () => {
    const rows = COMPLETE.replace('`ips`', '`ips`, `ips-plus`');
    expect(problems(rows)).toEqual([expect.stringMatching(/R01 names "ips-plus", which is not a file in content\/routes/)]);
  });

  it('fails for a route file the table does not name', () => {
    expect(problems(COMPLETE, [...ROUTES, 'werkmaat'])).toEqual(['content/routes/werkmaat.yaml is not named in the coverage table (unlisted route)']);
  });

  it('fails for a "not an entry" row without a reason, and for a row that says neither', () => {
    expect(problems(COMPLETE.replace('not an entry: a German inpatient study, no Dutch offer', 'not an entry'))).toEqual([
      expect.stringMatching(/R29 is "not an entry" without a reason/),
    ]);
    expect(problems(COMPLETE.replace('not an entry: a German inpatient study, no Dutch offer', 'see IPS'))).toEqual([
      expect.stringMatching(/R29 must name catalogue ids in backticks/),
    ]);
  });

  it('fails for a section the notes do not have, and for a title that differs from the notes', () => {
    expect(problems(`${COMPLETE}\n| R40 | Invented | \`ips\` |`)).toEqual([expect.stringMatching(/R40 is not a section of catalogue-facts.md/)]);
    expect(problems(COMPLETE.replace('| UWV digital offer |', '| UWV online |'))).toEqual([
      expect.stringMatching(/R03a has the title "UWV online", catalogue-facts.md says "UWV digital offer"/),
    ]);
  });

  it('fails for a line of the sections file that is not a heading', () => {
    expect(problems(COMPLETE, ROUTES, `${SECTIONS}R30. Self-efficacy\n`)).toEqual([expect.stringMatching(/not a "## Rnn. title" line: R30. Self-efficacy/)]);
  });
});

describe('checkCoverageFiles, on a fixture repository', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  function repo(markdown: string, routes: readonly string[]): string {
    const root = mkdtempSync(path.join(os.tmpdir(), 'coverage-'));
    dirs.push(root);
    mkdirSync(path.join(root, 'docs'));
    mkdirSync(path.join(root, 'content/routes'), { recursive: true });
    writeFileSync(path.join(root, 'docs/content.md'), markdown);
    writeFileSync(path.join(root, 'content/coverage-sections.txt'), SECTIONS);
    for (const id of routes) writeFileSync(path.join(root, 'content/routes', `${id}.yaml`), `id: ${id}\n`);
    return root;
  }

  it('reads the route ids from the file names and passes a complete table', () => {
    expect(checkCoverageFiles(repo(doc(COMPLETE), ROUTES))).toEqual([]);
  });

  it('names the route file that was added without a row', () => {
    expect(checkCoverageFiles(repo(doc(COMPLETE), [...ROUTES, 'simpel-switchen']))).toEqual([
      'content/routes/simpel-switchen.yaml is not named in the coverage table (unlisted route)',
    ]);
  });

  it('fails when docs/content.md has no coverage section at all', () => {
    expect(checkCoverageFiles(repo('# Writing content\n', ROUTES))).toEqual([
      'docs/content.md: no section "## Coverage of the catalogue facts"',
      expect.stringMatching(/R01 .* is missing/),
      expect.stringMatching(/R03a .* is missing/),
      expect.stringMatching(/R29 .* is missing/),
      expect.stringMatching(/ips.yaml is not named/),
      expect.stringMatching(/naar-werk.yaml is not named/),
      expect.stringMatching(/uwv-online-ww.yaml is not named/),
    ]);
  });
});
