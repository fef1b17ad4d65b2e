import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * The coverage table in docs/content.md ("Coverage of the catalogue facts") says, for every
 * section R01…R38 of the reference notes catalogue-facts.md, which catalogue entries carry it,
 * or why it is not an entry. npm run content:check runs checkCoverage, so the table cannot
 * drift from the notes or from content/routes:
 * - every section appears in the table exactly once, under its title;
 * - every id the table names is a file in content/routes, and every file there is named;
 * - a "not an entry" row gives its reason.
 * The notes live outside the repository (/work/shared/reference), so the list of sections is a
 * committed copy of their "## Rnn. title" lines: content/coverage-sections.txt.
 */

export const COVERAGE_HEADING = '## Coverage of the catalogue facts';
export const SECTIONS_FILE = 'content/coverage-sections.txt';
export const DOC_FILE = 'docs/content.md';

export type Section = { id: string; title: string };
export type CoverageRow = { section: string; title: string; ids: string[]; notAnEntry?: string; line: number };

const SECTION_LINE = /^## (R\d{2}[a-z]?)\. (.+)$/;
const NOT_AN_ENTRY = /^not an entry\s*(?:[:—–-]\s*(.*))?$/i;

/** The sections of a file of "## Rnn. title" lines; blank lines and "# " comments are skipped. */
export function parseSections(text: string): { sections: Section[]; problems: string[] } {
  const sections: Section[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line === '#' || line.startsWith('# ')) return;
    const m = SECTION_LINE.exec(line);
    if (m?.[1] && m[2]) sections.push({ id: m[1], title: m[2].trim() });
    else problems.push(`${SECTIONS_FILE}:${i + 1}: not a "## Rnn. title" line: ${line}`);
  });
  return { sections, problems };
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());

/** The rows of the coverage table: the table under COVERAGE_HEADING, up to the next "## " heading. */
export function parseCoverageTable(markdown: string): { rows: CoverageRow[]; problems: string[] } {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === COVERAGE_HEADING);
  if (start < 0) return { rows: [], problems: [`${DOC_FILE}: no section "${COVERAGE_HEADING}"`] };
  const rows: CoverageRow[] = [];
  const problems: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line.startsWith('## ')) break;
    if (!line.startsWith('|')) continue;
    const [section = '', title = '', carried = '', ...rest] = cells(line);
    if (section === 'section' || /^-+$/.test(section.replace(/:/g, ''))) continue; // header and rule
    const at = `${DOC_FILE}:${i + 1}`;
    if (!/^R\d{2}[a-z]?$/.test(section)) {
      problems.push(`${at}: "${section}" is not a section (R01, R03a, …)`);
      continue;
    }
    if (rest.length > 0) problems.push(`${at}: ${section} has more than three columns`);
    const not = NOT_AN_ENTRY.exec(carried);
    if (not) {
      rows.push({ section, title, ids: [], notAnEntry: (not[1] ?? '').trim(), line: i + 1 });
    } else {
      const ids = [...carried.matchAll(/`([^`]*)`/g)].map((m) => (m[1] ?? '').trim());
      const leftover = carried.replace(/`[^`]*`/g, '').replace(/\band\b|[,;\s]/g, '');
      if (ids.length === 0 || leftover !== '') {
        problems.push(`${at}: ${section} must name catalogue ids in backticks (\`ips\`, \`wgb\`) or say "not an entry: <reason>"`);
      }
      rows.push({ section, title, ids, line: i + 1 });
    }
  }
  return { rows, problems };
}

/**
 * Everything wrong with a coverage table, given the sections it must cover and the ids of the
 * files in content/routes. An empty list means the table is complete and true.
 */
export function checkCoverage(sections: readonly Section[], rows: readonly CoverageRow[], routeIds: readonly string[]): string[] {
  const problems: string[] = [];
  const known = new Map(sections.map((s) => [s.id, s]));
  const routes = new Set(routeIds);
  const named = new Set<string>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const at = `${DOC_FILE}:${row.line}`;
    seen.set(row.section, (seen.get(row.section) ?? 0) + 1);
    const section = known.get(row.section);
    if (!section) problems.push(`${at}: ${row.section} is not a section of catalogue-facts.md (${SECTIONS_FILE})`);
    else if (section.title !== row.title) problems.push(`${at}: ${row.section} has the title "${row.title}", catalogue-facts.md says "${section.title}"`);
    if (row.notAnEntry !== undefined && row.notAnEntry === '') problems.push(`${at}: ${row.section} is "not an entry" without a reason`);
    for (const id of row.ids) {
      named.add(id);
      if (!routes.has(id)) problems.push(`${at}: ${row.section} names "${id}", which is not a file in content/routes (unknown id)`);
    }
  }
  for (const s of sections) {
    const n = seen.get(s.id) ?? 0;
    if (n === 0) problems.push(`${DOC_FILE}: section ${s.id} (${s.title}) is missing from the coverage table`);
    if (n > 1) problems.push(`${DOC_FILE}: section ${s.id} appears ${n} times in the coverage table`);
  }
  for (const id of routeIds) {
    if (!named.has(id)) problems.push(`content/routes/${id}.yaml is not named in the coverage table (unlisted route)`);
  }
  return problems;
}

/** The ids of the route files in a routes folder (the file name is the id). */
export function routeIdsIn(routesDir: string): string[] {
  return readdirSync(routesDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}

/** Reads the committed files under `root` (the repository) and checks the coverage table. */
export function checkCoverageFiles(root = process.cwd()): string[] {
  const sectionsPath = path.join(root, SECTIONS_FILE);
  const docPath = path.join(root, DOC_FILE);
  if (!existsSync(sectionsPath)) return [`${SECTIONS_FILE} is missing`];
  const { sections, problems: sectionProblems } = parseSections(readFileSync(sectionsPath, 'utf8'));
  if (sections.length === 0) return [...sectionProblems, `${SECTIONS_FILE} lists no sections`];
  const { rows, problems: tableProblems } = parseCoverageTable(readFileSync(docPath, 'utf8'));
  return [...sectionProblems, ...tableProblems, ...checkCoverage(sections, rows, routeIdsIn(path.join(root, 'content/routes')))];
}
