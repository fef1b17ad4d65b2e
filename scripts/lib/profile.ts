import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SourceMapConsumer, type RawIndexMap, type RawSourceMap } from 'source-map-js';

/*
 * Where a server's CPU time went, from a V8 CPU profile (`node --cpu-prof`): each sample's
 * function is put in one of CATEGORIES, by its file and, for the app's compiled chunks, by the
 * source file the chunk's source map names (a build without server minification keeps the
 * function boundaries and names; npm run profile makes one).
 */

/** A V8 CPU profile as `--cpu-prof` writes it (the fields used here). */
export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

export const CATEGORIES = [
  'our code',
  'libraries our code calls',
  'Next, bundled into the app (metadata, router parts, module runtime)',
  "Next's prebuilt page runtime (rendering, React's server and HTML renderers)",
  'Next, other files (its server and router)',
  'Node (HTTP, streams, buffers, built-in functions)',
  'garbage collection',
  'server.mjs and what it imports',
  'not attributed',
] as const;
export type Category = (typeof CATEGORIES)[number];

type SourceOf = (url: string, line: number, column: number) => string | undefined;

/**
 * The source file of a position in a compiled file, from the `.map` file beside it (Turbopack
 * writes index maps, with a section per module). Undefined where there is no map or no mapping.
 */
export function sourceMaps(): SourceOf {
  const consumers = new Map<string, SourceMapConsumer | null>();
  return (url, line, column) => {
    let c = consumers.get(url);
    if (c === undefined) {
      const file = `${url.startsWith('file:') ? fileURLToPath(url) : url}.map`;
      c = existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8')) as RawSourceMap | RawIndexMap) : null;
      consumers.set(url, c);
    }
    // V8 counts lines and columns from 0; source maps count lines from 1.
    return c?.originalPositionFor({ line: line + 1, column }).source ?? undefined;
  };
}

/** Which category a sampled function belongs to (see CATEGORIES). */
export function categorise(frame: CpuProfile['nodes'][number]['callFrame'], sourceOf: SourceOf): Category {
  const { functionName, url } = frame;
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (/\/next\/dist\/compiled\/next-server\/app-page[^/]*\.runtime\.prod\.js$/.test(url)) return "Next's prebuilt page runtime (rendering, React's server and HTML renderers)";
  if (url.includes('/.next/server/')) {
    const source = sourceOf(url, frame.lineNumber, frame.columnNumber);
    if (!source) return 'not attributed';
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
    if (pkg === 'next' || pkg === '@opentelemetry/api' || source.startsWith('turbopack:')) return 'Next, bundled into the app (metadata, router parts, module runtime)';
    return pkg ? 'libraries our code calls' : 'our code';
  }
  if (url.includes('/node_modules/next/')) return 'Next, other files (its server and router)';
  if (url === '' || url.startsWith('node:')) return 'Node (HTTP, streams, buffers, built-in functions)';
  // The production server and the files it imports as they are (deploy/, a few of lib/).
  if (url.startsWith('file:') && !url.includes('/node_modules/')) return 'server.mjs and what it imports';
  return 'not attributed';
}

/**
 * Microseconds of busy time per category, counting only samples taken in [from, to]
 * (CLOCK_MONOTONIC microseconds, the clock of V8's profiles and of process.hrtime). Idle time
 * and V8's "(program)" (time it cannot place in a function) are left out.
 */
export function attribute(profile: CpuProfile, from: number, to: number, sourceOf: SourceOf): Map<Category, number> {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byCategory = new Map<Category, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const duration = profile.timeDeltas[i + 1] ?? 0;
    if (t < from || t > to) continue;
    const frame = frames.get(profile.samples[i]!);
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    const category = categorise(frame, sourceOf);
    byCategory.set(category, (byCategory.get(category) ?? 0) + duration);
  }
  return byCategory;
}

/** Each category's share of the busy time, in %. */
export function shares(byCategory: Map<Category, number>): Map<Category, number> {
  const total = [...byCategory.values()].reduce((a, b) => a + b, 0);
  return new Map(CATEGORIES.map((c) => [c, total ? (100 * (byCategory.get(c) ?? 0)) / total : 0]));
}
