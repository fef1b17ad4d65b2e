import fs from 'node:fs';
import path from 'node:path';

// Rules about the import graph as a whole, which a per-file rule cannot see from the file it is
// looking at: the graph is built once per lint run by scanning the sources' import lines.
const IMPORT = /(?:^|[\s;])(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const SOURCE = /\.(ts|tsx|mts|mjs)$/;
const TEST = /\.test\.(ts|tsx)$/;
const SKIP = new Set(['node_modules', '.next', '.git', 'tools', 'test-results', 'playwright-report']);
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '/index.ts', '/index.tsx'];

/** Repo-relative file (posix) a specifier written in `fromFile` points at; a bare package name otherwise. */
function resolve(specifier, fromFile, root) {
  let target;
  if (specifier.startsWith('@/')) target = path.join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) target = path.resolve(path.dirname(fromFile), specifier);
  else return specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  for (const ext of EXTENSIONS) {
    const p = target + ext;
    if (fs.existsSync(p) && fs.statSync(p).isFile()) return path.relative(root, p).split(path.sep).join('/');
  }
  return path.relative(root, target).split(path.sep).join('/');
}

// `import type {…}` and `import { type A, type B }` are erased by the compiler: no runtime edge.
const typeOnly = (typeKeyword, clause) =>
  Boolean(typeKeyword) || /^\{[^}]*\}$/.test(clause.trim()) && clause.replace(/[{}\s]/g, '').split(',').filter(Boolean).every((s) => s.startsWith('type'));

function walk(dir, root, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, root, out);
    else if (SOURCE.test(e.name)) out.push(p);
  }
  return out;
}

const graphs = new Map();
/** file → [{ to, runtime }] for every source file in the repo. */
function fileGraph(root) {
  if (graphs.has(root)) return graphs.get(root);
  const graph = new Map();
  for (const file of walk(root, root, [])) {
    const edges = [];
    for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[4] ?? m[5] ?? m[6];
      edges.push({ to: resolve(spec, file, root), runtime: m[4] ? !typeOnly(m[2], m[3]) : true });
    }
    graph.set(path.relative(root, file).split(path.sep).join('/'), edges);
  }
  graphs.set(root, graph);
  return graph;
}

const libFolder = (file) => /^lib\/([^/]+)\/.+/.exec(file)?.[1];

/** lib folder → lib folders its non-test files import (type imports count: they couple too). */
function folderGraph(root) {
  const folders = new Map();
  for (const [file, edges] of fileGraph(root)) {
    const from = libFolder(file);
    if (!from || TEST.test(file)) continue;
    const set = folders.get(from) ?? new Set();
    folders.set(from, set);
    for (const { to } of edges) {
      const f = libFolder(to);
      if (f && f !== from) set.add(f);
    }
  }
  return folders;
}

/** Shortest path from `from` to a node `isGoal` accepts, following `next`. */
function search(from, next, isGoal) {
  const seen = new Set([from]);
  const queue = [[from]];
  while (queue.length > 0) {
    const trail = queue.shift();
    for (const n of next(trail.at(-1))) {
      if (isGoal(n)) return [...trail, n];
      if (!seen.has(n)) {
        seen.add(n);
        queue.push([...trail, n]);
      }
    }
  }
  return undefined;
}

const rel = (context) => path.relative(context.cwd, context.filename).split(path.sep).join('/');

function onImports(check) {
  const visit = (node) => {
    if (node.source?.type === 'Literal' && typeof node.source.value === 'string') check(node, node.source.value, node.importKind === 'type' || node.exportKind === 'type');
  };
  return { ImportDeclaration: visit, ExportNamedDeclaration: visit, ExportAllDeclaration: visit, ImportExpression: visit };
}

const noFolderCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No two folders in lib/ import each other, directly or through other lib folders.' },
    messages: { cycle: 'lib/{{from}} imports lib/{{to}}, which imports lib/{{from}} back ({{trail}}). Move the shared code so the dependency goes one way.' },
    schema: [],
  },
  create(context) {
    const file = rel(context);
    const from = libFolder(file);
    if (!from || TEST.test(file)) return {};
    const graph = folderGraph(context.cwd);
    return onImports((node, spec) => {
      const to = libFolder(resolve(spec, context.filename, context.cwd));
      if (!to || to === from) return;
      const back = search(to, (f) => graph.get(f) ?? [], (f) => f === from);
      if (back) context.report({ node: node.source, messageId: 'cycle', data: { from, to, trail: [from, ...back].map((f) => `lib/${f}`).join(' → ') } });
    });
  },
};

const noRuntimeReach = {
  meta: {
    type: 'problem',
    docs: { description: 'This file must not load the given files or packages at run time, directly or through other files.' },
    messages: { reach: 'This import loads {{target}} at run time ({{trail}}); {{why}}' },
    schema: [{ type: 'object', properties: { forbid: { type: 'array', items: { type: 'string' } }, why: { type: 'string' } }, required: ['forbid'], additionalProperties: false }],
  },
  create(context) {
    const { forbid, why = '' } = context.options[0];
    const forbidden = (to) => forbid.some((f) => to === f || to.startsWith(f.endsWith('/') ? f : `${f}/`));
    const graph = fileGraph(context.cwd);
    const runtimeNext = (f) => (graph.get(f) ?? []).filter((e) => e.runtime).map((e) => e.to);
    return onImports((node, spec, isType) => {
      if (isType) return;
      if (node.type === 'ImportDeclaration' && node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type')) return;
      const first = resolve(spec, context.filename, context.cwd);
      const trail = forbidden(first) ? [first] : search(first, runtimeNext, forbidden);
      if (trail) context.report({ node: node.source, messageId: 'reach', data: { target: trail.at(-1), trail: [rel(context), ...trail].join(' → '), why } });
    });
  },
};

export const layersPlugin = {
  meta: { name: 'routewijzer-layers' },
  rules: { 'no-folder-cycle': noFolderCycle, 'no-runtime-reach': noRuntimeReach },
};
