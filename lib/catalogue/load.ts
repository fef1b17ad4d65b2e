import type { Locale } from '@/lib/i18n/locale';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  catalogueFileSchema,
  helpFileSchema,
  publicSourceFileSchema,
  routeSchema,
  type Catalogue,
  type Route,
} from '@/lib/catalogue/schema';
import {
  checkSeedRef,
  loadSeeds,
  namesOneOf,
  numberStandsIn,
  parseSeedRef,
  publicRefId,
  quoteIsIn,
  regionNames,
  type SeedTexts,
} from '@/lib/catalogue/sources';
import {
  describeProblem,
  localiseEntry,
  META_TEXTS,
  PUBLIC_SOURCE_TEXTS,
  ROUTE_TEXTS,
  translationProblems,
  type TranslationOptions,
} from '@/lib/catalogue/translatable';
import { loadRegions, type RegionTable } from '@/lib/regions/regions';

/*
 * Reads content/ once and fails closed: the first problem stops the load with the file,
 * the entry id and the field, so invalid content can never reach a page. (The opposite
 * habit, logging and silently dropping a bad document, is what we avoid.)
 */

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string | undefined,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}${entry ? ` [${entry}]` : ''} ${field || '(root)'}: ${problem}`);
    this.name = 'ContentError';
  }
}

export type LoadOptions = {
  contentDir?: string;
  /** The language of the texts returned (default Dutch). */
  locale?: Locale;
  /** Check every source line range and quote against the seed texts (build and tests). */
  verifySources?: boolean;
  /**
   * Require a complete, current English translation of every text (`en:` maps) with the
   * same numbers as the Dutch. Default: on when verifySources is on (content:check).
   */
  checkTranslations?: boolean;
  /** Only for checking single files: do not require followUps targets to be present. */
  skipFollowUpCheck?: boolean;
};

export const defaultContentDir = () => path.join(process.cwd(), 'content');

const fieldPath = (p: readonly PropertyKey[]) =>
  p.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');

function readYaml(file: string, rel: string): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8'), { prettyErrors: true, uniqueKeys: true });
  } catch (e) {
    throw new ContentError(rel, undefined, '', `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}

function parseWith<T extends z.ZodType>(schema: T, data: unknown, rel: string, entry?: string): z.infer<T> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const extra = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
  throw new ContentError(rel, entry, fieldPath(issue.path), issue.message + extra);
}

type Sourced = { src: string[]; quote?: string };
const isSourced = (v: unknown): v is Sourced =>
  typeof v === 'object' && v !== null && Array.isArray((v as Sourced).src);

/** Every object with a `src` in a parsed entry, with its field path. */
function* sourcedFacts(value: unknown, at: string): Generator<[string, Sourced]> {
  if (isSourced(value)) yield [at, value];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* sourcedFacts(v, `${at}[${i}]`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) yield* sourcedFacts(v, at ? `${at}.${k}` : k);
  }
}

function checkSources(
  value: unknown,
  rel: string,
  entry: string | undefined,
  publicIds: ReadonlySet<string>,
  seeds: SeedTexts | undefined,
) {
  for (const [at, fact] of sourcedFacts(value, '')) {
    const seedRefs = [];
    for (const ref of fact.src) {
      const pub = publicRefId(ref);
      if (pub !== undefined) {
        if (!publicIds.has(pub)) throw new ContentError(rel, entry, `${at}.src`, `unknown public source "${ref}"`);
        continue;
      }
      const seedRef = parseSeedRef(ref)!;
      seedRefs.push(seedRef);
      const problem = seeds && checkSeedRef(seedRef, seeds);
      if (problem) throw new ContentError(rel, entry, `${at}.src`, `${ref}: ${problem}`);
    }
    if (seeds && fact.quote !== undefined) {
      if (seedRefs.length === 0) throw new ContentError(rel, entry, `${at}.quote`, 'a quote needs a seed reference');
      if (!quoteIsIn(fact.quote, seedRefs, seeds)) {
        throw new ContentError(rel, entry, `${at}.quote`, `"${fact.quote}" does not stand in ${fact.src.join(', ')}`);
      }
    }
  }
}

/**
 * Fails on the first translation problem of `entry` (its `en:` map), naming the path.
 * `at` is where the entry sits in its file ("lines[0]." for a help line).
 */
export function checkTranslation(
  entry: Record<string, unknown>,
  rel: string,
  id: string | undefined,
  options: TranslationOptions,
  at = '',
) {
  const problems = translationProblems(entry, options);
  const first = problems[0];
  if (!first) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more: npx tsx scripts/missing-en.ts ${rel} lists them)` : '';
  throw new ContentError(rel, id, `${at}en["${first.path}"]`, describeProblem(first) + more);
}

function checkRoute(route: Route, rel: string, regions: RegionTable) {
  const r = route.regions;
  if (r.scope === 'regional') {
    for (const [i, name] of r.arbeidsmarktregios.entries()) {
      if (!regions.arbeidsmarktregios.includes(name)) {
        throw new ContentError(rel, route.id, `regions.arbeidsmarktregios[${i}]`, `unknown arbeidsmarktregio "${name}"`);
      }
    }
    for (const [i, code] of (r.gemeenten ?? []).entries()) {
      const g = regions.gemeenten.get(code);
      if (!g) throw new ContentError(rel, route.id, `regions.gemeenten[${i}]`, `unknown gemeentecode "${code}"`);
      if (!r.arbeidsmarktregios.includes(g.arbeidsmarktregio)) {
        throw new ContentError(
          rel,
          route.id,
          `regions.gemeenten[${i}]`,
          `${g.name} lies in ${g.arbeidsmarktregio}, which is not among the route's regions`,
        );
      }
    }
  }
  for (const [dim, crit] of Object.entries(route.eligibility)) {
    if (crit && typeof crit === 'object' && 'in' in crit && Array.isArray(crit.in) && crit.in.length === 0 && !crit.reason?.ask) {
      throw new ContentError(rel, route.id, `eligibility.${dim}.reason.ask`, 'an ask-only criterion must say what to check');
    }
  }
  const a = route.eligibility.age;
  if ('askAges' in a) {
    for (const [i, age] of (a.askAges ?? []).entries()) {
      if ((a.min !== undefined && age < a.min) || (a.max !== undefined && age > a.max)) {
        throw new ContentError(rel, route.id, `eligibility.age.askAges[${i}]`, `${age} lies outside min/max`);
      }
    }
  }
}

/**
 * A quote must support the value it sources, not just stand in the seed: a regional route's
 * region quote names one of its arbeidsmarktregio's (or, for a region of two areas, one of
 * them) or of its gemeenten; a figure's quote holds its number (and the top of its range);
 * an age limit's quote holds the age. Each of these needs a quote when it cites a seed (a
 * fact from a named public source alone has no seed lines to quote). Run with the source check.
 */
export function checkQuotesSupportValues(route: Route, rel: string, regions: RegionTable) {
  const fail = (field: string, problem: string) => {
    throw new ContentError(rel, route.id, field, problem);
  };
  const citesSeed = (src: readonly string[]) => src.some((ref) => parseSeedRef(ref) !== undefined);
  const r = route.regions;
  if (r.scope === 'regional') {
    const names = [
      ...r.arbeidsmarktregios.flatMap(regionNames),
      ...(r.gemeenten ?? []).map((code) => regions.gemeenten.get(code)?.name ?? code),
    ];
    if (r.quote === undefined) {
      if (citesSeed(r.src)) fail('regions.quote', `a regional route needs a quote that names its region (${r.arbeidsmarktregios.join(', ')})`);
    } else if (!namesOneOf(r.quote, names)) {
      fail('regions.quote', `"${r.quote}" names none of the route's regions or gemeenten (${names.join(', ')})`);
    }
  }
  for (const [i, o] of route.outcomes.entries()) {
    if (o.quote === undefined) {
      if (citesSeed(o.src)) fail(`outcomes[${i}].quote`, `a figure needs a quote that holds its number (${o.value})`);
    } else {
      for (const [key, n] of [['value', o.value], ['max', o.max]] as const) {
        if (n !== undefined && !numberStandsIn(n, o.quote)) {
          fail(`outcomes[${i}].quote`, `"${o.quote}" does not hold the figure's ${key} ${n} (write 48,8 or 48.8; fractions in words count)`);
        }
      }
    }
  }
  const a = route.eligibility.age;
  if ('min' in a || 'max' in a) {
    for (const key of ['min', 'max'] as const) {
      const n = a[key];
      if (n === undefined) continue;
      if (a.quote === undefined) {
        if (citesSeed(a.src)) fail('eligibility.age.quote', `an age limit needs a quote that holds the age (${n})`);
      } else if (!numberStandsIn(n, a.quote)) fail('eligibility.age.quote', `"${a.quote}" does not hold the age ${key} ${n}`);
    }
  }
}

/** Everything in content/, checked, with each entry's `en:` texts still in place. */
type Content = Omit<Catalogue, 'meta' | 'publicSources' | 'help' | 'routes'> & {
  meta: z.infer<typeof catalogueFileSchema>;
  publicSources: z.infer<typeof publicSourceFileSchema>[];
  help: z.infer<typeof helpFileSchema>['lines'];
  routes: Route[];
};

function readContent(options: LoadOptions): Content {
  const contentDir = options.contentDir ?? defaultContentDir();
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const regions = loadRegions(contentDir);
  const seeds = options.verifySources ? loadSeeds(contentDir) : undefined;
  const translations = options.checkTranslations ?? options.verifySources ?? false;

  const publicFile = path.join(contentDir, 'public-sources.yaml');
  const publicSources = parseWith(publicSourceFileSchema.array(), readYaml(publicFile, rel(publicFile)), rel(publicFile));
  const publicIds = new Set<string>();
  for (const [i, s] of publicSources.entries()) {
    if (publicIds.has(s.id)) throw new ContentError(rel(publicFile), s.id, `[${i}].id`, `duplicate id "${s.id}"`);
    publicIds.add(s.id);
    if (translations) checkTranslation(s, rel(publicFile), s.id, PUBLIC_SOURCE_TEXTS, `[${i}].`);
  }

  const metaFile = path.join(contentDir, 'catalogue.yaml');
  const meta = parseWith(catalogueFileSchema, readYaml(metaFile, rel(metaFile)), rel(metaFile));
  if (translations) checkTranslation(meta, rel(metaFile), undefined, META_TEXTS);

  const helpFile = path.join(contentDir, 'help.yaml');
  const help = parseWith(helpFileSchema, readYaml(helpFile, rel(helpFile)), rel(helpFile));
  checkSources(help, rel(helpFile), undefined, publicIds, seeds);
  if (translations) {
    for (const [i, line] of help.lines.entries()) checkTranslation(line, rel(helpFile), line.id, ROUTE_TEXTS, `lines[${i}].`);
  }

  const routesDir = path.join(contentDir, 'routes');
  const files = readdirSync(routesDir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  if (files.length === 0) throw new ContentError(rel(routesDir), undefined, '', 'no route files');
  const routes: Route[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const file = path.join(routesDir, f);
    const data = readYaml(file, rel(file));
    const id = typeof data === 'object' && data !== null && 'id' in data ? String(data.id) : undefined;
    const route = parseWith(routeSchema, data, rel(file), id);
    if (seen.has(route.id)) {
      throw new ContentError(rel(file), route.id, 'id', `duplicate id, also used in ${seen.get(route.id)}`);
    }
    if (path.basename(f, path.extname(f)) !== route.id) {
      throw new ContentError(rel(file), route.id, 'id', `the file must be named ${route.id}.yaml`);
    }
    seen.set(route.id, rel(file));
    checkRoute(route, rel(file), regions);
    checkSources(route, rel(file), route.id, publicIds, seeds);
    if (seeds) checkQuotesSupportValues(route, rel(file), regions);
    // The Dutch as written (before schema defaults), so paths match the file.
    if (translations) checkTranslation(data as Record<string, unknown>, rel(file), route.id, ROUTE_TEXTS);
    routes.push(route);
  }
  for (const route of options.skipFollowUpCheck ? [] : routes) {
    for (const [i, f] of route.followUps.entries()) {
      for (const [j, target] of f.routes.entries()) {
        if (!seen.has(target)) {
          throw new ContentError(seen.get(route.id)!, route.id, `followUps[${i}].routes[${j}]`, `unknown route id "${target}"`);
        }
      }
    }
  }
  return { meta, routes, publicSources, help: help.lines, regions };
}

/** The checked content with its texts in `locale`; the `en:` maps are dropped. */
function localise(content: Content, locale: Locale): Catalogue {
  return {
    meta: localiseEntry(content.meta, locale, META_TEXTS),
    routes: content.routes.map((r) => localiseEntry(r, locale, ROUTE_TEXTS)),
    publicSources: content.publicSources.map((s) => localiseEntry(s, locale, PUBLIC_SOURCE_TEXTS)),
    help: content.help.map((h) => localiseEntry(h, locale, ROUTE_TEXTS)),
    regions: content.regions,
  };
}

/**
 * Reads and checks content/ (see LoadOptions) and returns the catalogue in `options.locale`
 * (default Dutch). Throws a ContentError naming file, entry and field on the first problem.
 */
export function loadCatalogue(options: LoadOptions = {}): Catalogue {
  return localise(readContent(options), options.locale ?? 'nl');
}

let content: Content | undefined;
const cached = new Map<Locale, Catalogue>();

/**
 * The shipped catalogue, read once per process (sources and translations are verified at
 * build time by content:check), with its texts in `locale`: Dutch, or English from each
 * entry's `en:` map. Seed titles (meta.seeds.*.title) stay as published: they name Dutch
 * documents.
 */
export function getCatalogue(locale: Locale): Catalogue {
  let c = cached.get(locale);
  if (!c) {
    content ??= readContent({});
    c = localise(content, locale);
    cached.set(locale, c);
  }
  return c;
}
