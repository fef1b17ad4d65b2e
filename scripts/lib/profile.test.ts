import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SourceMapGenerator } from 'source-map-js';
import { afterAll, describe, expect, it } from 'vitest';
import { attribute, shares, sourceMaps, type CpuProfile } from './profile';

// A compiled chunk as Turbopack writes one into .next/server/chunks/ssr, with an index map of a
// section per module: lines 0-9 from our code, 10-19 from xstate, 20-29 from Turbopack's
// runtime, 30-39 from Next's metadata code. Line 50 has no section.
const dir = mkdtempSync(path.join(tmpdir(), 'profile-test-'));
const chunk = path.join(dir, '.next', 'server', 'chunks', 'ssr', 'abc._.js');
const SOURCES = [
  '../../../../lib/engine/evaluate.ts',
  '../../../../node_modules/xstate/dist/raise.esm.js',
  'turbopack:///[turbopack]/shared/runtime/runtime-utils.ts',
  '../../../../node_modules/next/dist/esm/lib/metadata/resolve-metadata.js',
];
function section(source: string) {
  const g = new SourceMapGenerator({ file: 'abc._.js' });
  for (let line = 1; line <= 10; line++) g.addMapping({ generated: { line, column: 0 }, original: { line, column: 0 }, source });
  return JSON.parse(g.toString());
}
mkdirSync(path.dirname(chunk), { recursive: true });
writeFileSync(chunk, '// compiled\n');
writeFileSync(`${chunk}.map`, JSON.stringify({ version: 3, sources: [], sections: SOURCES.map((s, i) => ({ offset: { line: i * 10, column: 0 }, map: section(s) })) }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const url = pathToFileURL(chunk).href;
const RUNTIME = 'file:///app/node_modules/next/dist/compiled/next-server/app-page-turbo.runtime.prod.js';
const frame = (functionName: string, u: string, lineNumber = 0) => ({ functionName, url: u, lineNumber, columnNumber: 4 });
const nodes = [
  frame('(idle)', ''),
  frame('(program)', ''),
  frame('(garbage collector)', ''),
  frame('evaluateRoute', url, 3),
  frame('microstep', url, 12),
  frame('getOrInstantiate', url, 25),
  frame('resolveMetadata', url, 31),
  frame('lost', url, 50),
  frame('renderElement', RUNTIME),
  frame('writev', ''),
  frame('Readable.push', 'node:internal/streams/readable'),
  frame('handleRequest', 'file:///app/node_modules/next/dist/server/base-server.js'),
  frame('prepare', 'file:///app/deploy/prepare-request.mjs'),
].map((callFrame, i) => ({ id: i + 1, callFrame }));

/** A profile whose samples are, in order, the nodes named, each `step` µs apart, from `start`. */
function profile(names: string[], start = 1_000, step = 10): CpuProfile {
  const id = (n: string) => nodes.find((x) => x.callFrame.functionName === n)!.id;
  return { nodes, startTime: start, samples: names.map(id), timeDeltas: names.map(() => step) };
}

describe('attribute', () => {
  it('puts each sample in its category by the source its chunk position maps to', () => {
    const p = profile(['evaluateRoute', 'evaluateRoute', 'microstep', 'getOrInstantiate', 'resolveMetadata', 'renderElement', 'writev', 'Readable.push', '(garbage collector)', 'handleRequest', 'prepare', 'lost', '(idle)']);
    const by = attribute(p, 0, Number.MAX_SAFE_INTEGER, sourceMaps());
    expect(Object.fromEntries(by)).toEqual({
      'our code': 20,
      'libraries our code calls': 10,
      'Next, bundled into the app (metadata, router parts, module runtime)': 20,
      "Next's prebuilt page runtime (rendering, React's server and HTML renderers)": 10,
      'Node (HTTP, streams, buffers, built-in functions)': 20,
      'garbage collection': 10,
      'Next, other files (its server and router)': 10,
      'server.mjs and what it imports': 10,
      // The last sample before idle: a position in the chunk that no section maps.
      'not attributed': 10,
    });
  });

  it('counts only the samples inside the window, and neither idle time nor "(program)"', () => {
    // Samples at 1010, 1020, ... 1080: the window [1025, 1055] holds the 3rd to 5th.
    const p = profile(['evaluateRoute', 'evaluateRoute', 'microstep', '(idle)', '(program)', 'renderElement', 'renderElement', 'renderElement']);
    expect(Object.fromEntries(attribute(p, 1025, 1055, sourceMaps()))).toEqual({ 'libraries our code calls': 10 });
    expect(Object.fromEntries(attribute(p, 1055, 1080, sourceMaps()))).toEqual({ "Next's prebuilt page runtime (rendering, React's server and HTML renderers)": 20 });
  });

  it('gives shares that add up to 100 %, with 0 for categories that had no samples', () => {
    const s = shares(attribute(profile(['evaluateRoute', 'renderElement', 'renderElement', 'renderElement', 'writev']), 0, Number.MAX_SAFE_INTEGER, sourceMaps()));
    // The last sample has no time after it: 4 samples of 10 µs count.
    expect(s.get('our code')).toBe(25);
    expect(s.get("Next's prebuilt page runtime (rendering, React's server and HTML renderers)")).toBe(75);
    expect(s.get('garbage collection')).toBe(0);
    expect([...s.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(100);
  });
});
