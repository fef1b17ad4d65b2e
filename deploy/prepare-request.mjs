/*
 * proxy.ts's work for a GET or HEAD of a page rendered per request, done by server.mjs before
 * Next sees the request, so that Next does not run its proxy machinery for it. For such a
 * request proxy.ts only sets headers:
 *   - a fresh nonce in the Content-Security-Policy, on the response and on the request (Next
 *     reads it there and puts it on the page's scripts);
 *   - the language of the URL and the path without it, as request headers
 *     (lib/i18n/server.ts reads them), replacing whatever a client sent;
 *   - X-Robots-Tag: noindex on a personal path.
 * That work is cheap; Next's handling of a proxy around it (a NextRequest, the adapter, the
 * request headers it overrides) cost 0.2-0.6 ms of CPU per page, measured in pairs with and
 * without this step on the same build (docs/benchmarks.md, stop 31).
 * Posts still go through proxy.ts, which checks them. So does every request when the app is
 * not served by server.mjs (`next dev`).
 *
 * The policy, the header names, the languages and the personal paths come from the modules
 * proxy.ts uses, imported here as they are: they import nothing, so Node runs them with its own
 * TypeScript support (deploy/standalone.mjs copies them into the standalone folder). Which
 * addresses the proxy runs for comes from the matcher Next compiled
 * (.next/server/functions-config-manifest.json). A request the proxy would not run for is left
 * alone.
 *
 * A prepared request is marked with PREPARED_HEADER; proxy.ts's matcher skips marked requests.
 * server.mjs removes the mark from every request first, so a client cannot set it.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALE_HEADER, PATH_HEADER, splitLocale } from '../lib/i18n/locale.ts';
import { contentSecurityPolicy } from '../lib/security/headers.ts';
import { isPersonalPath } from '../lib/site/personal-paths.ts';

/** The mark of a request server.mjs has prepared (a literal in proxy.ts's matcher as well). */
export const PREPARED_HEADER = 'x-routewijzer-prepared';

/** The regular expressions of proxy.ts's matcher, as Next compiled them at build time; [] without a proxy. */
export function proxyMatchers(projectDir) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(projectDir, '.next', 'server', 'functions-config-manifest.json'), 'utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') return [];
    throw err;
  }
  return (manifest.functions?.['/_middleware']?.matchers ?? []).map((m) => new RegExp(m.regexp));
}

/**
 * A function that prepares a GET or HEAD the proxy would run for, as proxy.ts would, marks it
 * and returns true; any other request it leaves as it is and returns false.
 * `matchers`: proxyMatchers().
 */
export function requestPreparer(matchers) {
  return function prepare(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const target = req.url ?? '';
    // Only an address of this site: anything else goes to Next, and to the proxy, as before.
    if (!target.startsWith('/') || target.startsWith('//')) return false;
    const { pathname, search } = new URL(target, 'http://localhost');
    if (!matchers.some((m) => m.test(pathname))) return false;
    // The production policy: server.mjs always runs with NODE_ENV=production.
    const csp = contentSecurityPolicy(btoa(randomUUID()), false);
    const { locale, path: page } = splitLocale(pathname);
    req.headers['content-security-policy'] = csp;
    req.headers[LOCALE_HEADER] = locale;
    req.headers[PATH_HEADER] = page + search;
    req.headers[PREPARED_HEADER] = '1';
    res.setHeader('Content-Security-Policy', csp);
    if (isPersonalPath(page)) res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    return true;
  };
}
