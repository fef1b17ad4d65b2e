/*
 * After `next build`: the Content-Security-Policy of every prerendered page.
 *
 * A page prerendered at build time (app/[locale]/(static)) is the same file for everyone, so it
 * cannot carry a per-request nonce. Instead its policy lists the SHA-256 hash of each inline
 * script in its HTML, exactly those (lib/security/headers.ts, staticContentSecurityPolicy).
 * This reads the pages Next prerendered (.next/prerender-manifest.json, .next/server/app/*.html)
 * and writes .next/static-csp.json:
 *   { pages: { "/privacy": { hashes: ["sha256-…", …], policy: "default-src 'self'; …" }, … } },
 * keyed by the address the page is served at (/nl/x is served as /x). server.mjs sends the
 * policy with each page (and refuses to start a build without the file); a CDN that serves the
 * pages itself takes its headers from the same file (docs/deploy.md).
 *
 * Run: `node deploy/static-csp.mjs [project dir]` (npm run next:build runs it).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Node 24 runs TypeScript that only needs its types erased; this file has no other imports.
import { staticContentSecurityPolicy } from '../lib/security/headers.ts';

/** Where the manifest is written, relative to the project (or standalone) folder. */
export const STATIC_CSP_FILE = path.join('.next', 'static-csp.json');

/** Script types a browser runs; any other type is a data block, which CSP does not govern. */
const RUNNABLE = /^(|text\/javascript|application\/javascript|module)$/i;

/** The text of each inline script a browser would run, in document order. */
export function inlineScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1];
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
    if (!RUNNABLE.test(type)) continue;
    out.push(m[2]);
  }
  return out;
}

/** 'sha256-…' of a script's text as CSP computes it (the UTF-8 bytes between the tags). */
export function scriptHash(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The address a prerendered route is served at: /nl → /, /nl/x → /x, /en/x stays. */
export function servedPath(route) {
  if (route === '/nl') return '/';
  if (route.startsWith('/nl/')) return route.slice(3);
  return route;
}

/** { served path → the hashes of its inline scripts and the policy that allows exactly those } for every prerendered page of a build. */
export function staticPolicies(projectDir) {
  const next = path.join(projectDir, '.next');
  const manifest = JSON.parse(readFileSync(path.join(next, 'prerender-manifest.json'), 'utf8'));
  const pages = {};
  for (const route of Object.keys(manifest.routes).sort()) {
    // Next's own pages (/_not-found, /_global-error) are not served at an address of their own.
    if (route.startsWith('/_')) continue;
    const file = path.join(next, 'server', 'app', `${route === '/' ? 'index' : route.slice(1)}.html`);
    if (!existsSync(file)) continue; // a route handler or metadata file, not a page
    const hashes = [...new Set(inlineScripts(readFileSync(file, 'utf8')).map(scriptHash))];
    pages[servedPath(route)] = { hashes, policy: staticContentSecurityPolicy(hashes) };
  }
  return pages;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const pages = staticPolicies(dir);
  const count = Object.keys(pages).length;
  if (count === 0) {
    console.error('No prerendered pages found: run `next build` first.');
    process.exit(1);
  }
  writeFileSync(path.join(dir, STATIC_CSP_FILE), `${JSON.stringify({ pages }, null, 1)}\n`);
  console.log(`${STATIC_CSP_FILE}: the script hashes of ${count} prerendered pages`);
}
