import { readFileSync } from 'node:fs';
import path from 'node:path';

type Manifest = { node: Record<string, { workers: Record<string, unknown> }> };

/**
 * The Dutch address of a page file's worker: 'app/[locale]/(static)/privacy/page' is /privacy.
 * Undefined for a page with a parameter of its own (its address is not known from the file).
 */
export function workerPath(worker: string): string | undefined {
  const m = /^app\/\[locale\]\/(.*?)\/?page$/.exec(worker);
  if (!m) return undefined;
  const rest = (m[1] ?? '').replace(/(^|\/)\([^)/]+\)/g, '').replace(/^\//, '');
  return rest.includes('[') ? undefined : `/${rest}`;
}

/** Every server action of the build in `dir`, with the address of a page that carries it. */
export function serverActions(dir = '.'): { id: string; path: string }[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, '.next/server/server-reference-manifest.json'), 'utf8')) as Manifest;
  return Object.entries(manifest.node).map(([id, a]) => ({
    id,
    path: Object.keys(a.workers).map(workerPath).find((p) => p !== undefined) ?? '/',
  }));
}
