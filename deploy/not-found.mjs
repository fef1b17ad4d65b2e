/*
 * The 404 page as HTML, also without JavaScript. Next 16 answers a notFound() with an empty
 * document (`<html id="__next_error__">` with an empty body) and leaves the 404 page to React in
 * the browser: without scripts a person saw a blank page. The same happens in a bare Next 16.4
 * app with `next start` (a root layout, a not-found.tsx and a page that calls notFound()).
 * An address Next cannot decode (`/%`, `/en/%C0`) got its English "400: Bad Request" page,
 * outside the site: for a person that is an address that does not exist either.
 *
 * So the 404 page is also prerendered as a public page (app/[locale]/(static)/niet-gevonden),
 * with the policy deploy/static-csp.mjs wrote for it, and server.mjs sends it whenever Next
 * would send an HTML 404 or 400 for a GET or HEAD of a page (this app's own 400s are plain
 * text, answers to forms): the status stays, Next's other headers stay (security headers, Cache-Control, Vary), its body and policy are replaced. A
 * client navigation (React's payload, not HTML) and any other response are left as Next sends
 * them. The page's own address answers 404 too: a page that says "not found" is not a page.
 *
 * This file imports nothing but Node and an import-free module (deploy/standalone.mjs copies it
 * into the standalone folder).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { localePath, locales, splitLocale } from '../lib/i18n/locale.ts';

/** The 404 page's own address, without language prefix. */
export const NOT_FOUND_PATH = '/niet-gevonden';

/** Next's headers that describe its body, or its policy: replaced with the 404 page's. */
const REPLACED = new Set(['content-security-policy', 'content-encoding', 'content-length', 'content-type', 'transfer-encoding', 'link', 'etag', 'last-modified']);

/**
 * The prerendered 404 page per language, compressed once, with its policy (`policies`: served
 * address → Content-Security-Policy, from .next/static-csp.json). Undefined if this build has
 * no such page.
 */
export function notFoundPages(dir, policies) {
  const pages = new Map();
  for (const locale of locales) {
    const file = path.join(dir, '.next', 'server', 'app', locale, `${NOT_FOUND_PATH.slice(1)}.html`);
    const policy = policies.get(localePath(locale, NOT_FOUND_PATH));
    if (!policy || !existsSync(file)) return undefined;
    const identity = readFileSync(file);
    pages.set(locale, { policy, identity, gzip: gzipSync(identity, { level: 9 }), br: brotliCompressSync(identity) });
  }
  return pages;
}

/** The encodings a client accepts (Accept-Encoding; q=0 refuses one). */
function accepted(header) {
  const ok = new Set();
  for (const part of String(header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) ok.add(name.trim());
  }
  return ok;
}

/** Whether this is the 404 page's own address, in either language. */
export function isNotFoundPath(pathname) {
  return splitLocale(pathname).path === NOT_FOUND_PATH;
}

/** The statuses whose HTML from Next is replaced by the 404 page. */
const REPLACED_STATUSES = new Set([400, 404]);

/**
 * Writes the 404 page for this request's language with the response's original writeHead and
 * end, with `status`, keeping the response's other headers.
 */
function send(pages, req, res, writeHead, end, status = 404) {
  const page = pages.get(splitLocale((req.url ?? '/').split('?')[0]).locale);
  const ok = accepted(req.headers['accept-encoding']);
  const [encoding, body] = ok.has('br') ? ['br', page.br] : ok.has('gzip') ? ['gzip', page.gzip] : [undefined, page.identity];
  for (const name of res.getHeaderNames()) if (REPLACED.has(name)) res.removeHeader(name);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', page.policy);
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  const vary = String(res.getHeader('vary') ?? '');
  if (!/accept-encoding/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  if (!res.getHeader('cache-control')) res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
  // proxy.ts's header on a personal path (noindex, nofollow) stays; anywhere else, noindex.
  if (!res.getHeader('x-robots-tag')) res.setHeader('X-Robots-Tag', 'noindex');
  writeHead.call(res, status);
  end.call(res, req.method === 'HEAD' ? undefined : body);
}

/** Answers the 404 page's own address (a GET or HEAD) with the page and status 404. */
export function sendNotFound(pages, req, res) {
  send(pages, req, res, res.writeHead, res.end);
}

/**
 * Watches a GET or HEAD of a page: if Next answers it with an HTML 404 or 400, the 404 page is
 * sent instead, with that status. The decision is taken when the status goes out: in writeHead
 * (Node calls it for the first write or end too), or at the first write or end, whichever comes
 * first. Next's own compression wraps these functions after this does, so what it writes
 * afterwards arrives here and is dropped.
 */
export function replaceNotFound(pages, req, res) {
  const { writeHead, write, end } = res;
  let replaced = false;
  const replaceable = (status, headers) => {
    if (!REPLACED_STATUSES.has(status)) return false;
    const given = headers && typeof headers === 'object' && !Array.isArray(headers) ? Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] : undefined;
    return /^text\/html\b/i.test(String(given ?? res.getHeader('content-type') ?? ''));
  };
  const takeOver = (status) => {
    replaced = true;
    send(pages, req, res, writeHead, end, status);
  };
  const done = (enc, cb) => {
    const callback = typeof enc === 'function' ? enc : cb;
    if (typeof callback === 'function') queueMicrotask(callback);
  };
  res.writeHead = function (status, ...rest) {
    if (replaced) return this;
    const headers = rest.find((r) => typeof r === 'object' && r !== null);
    if (!this.headersSent && replaceable(status, headers)) {
      // Headers given here (an object, or Node's flat list of names and values) are kept too.
      const pairs = Array.isArray(headers) ? headers.flatMap((_, i) => (i % 2 ? [] : [[headers[i], headers[i + 1]]])) : Object.entries(headers ?? {});
      for (const [name, value] of pairs) this.setHeader(name, value);
      takeOver(status);
      return this;
    }
    return writeHead.call(this, status, ...rest);
  };
  res.write = function (chunk, enc, cb) {
    if (!replaced && !this.headersSent && replaceable(this.statusCode)) takeOver(this.statusCode);
    if (replaced) {
      done(enc, cb);
      return true;
    }
    return write.call(this, chunk, enc, cb);
  };
  res.end = function (chunk, enc, cb) {
    if (!replaced && !this.headersSent && replaceable(this.statusCode)) takeOver(this.statusCode);
    if (replaced) {
      done(typeof chunk === 'function' ? chunk : enc, cb);
      return this;
    }
    return end.call(this, chunk, enc, cb);
  };
}
