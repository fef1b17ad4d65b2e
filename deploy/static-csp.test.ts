import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLocale } from '@/lib/i18n/locale';
import { staticContentSecurityPolicy } from '@/lib/security/headers';
// @ts-expect-error: a plain .mjs script without types, run by node after `next build`
import { inlineScripts, scriptHash, servedPath, staticPolicies } from './static-csp.mjs';

/*
 * The pieces deploy/static-csp.mjs is made of. Whether the policies it writes fit the pages
 * the build prerendered is proved in the browser, over every page (tests/e2e/static-csp.spec.ts).
 */
describe('the policy of a prerendered page', () => {
  it('takes the text of each inline script a browser runs, and no other', () => {
    const html =
      '<html><head><script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f=[]</script>' +
      '<script type="application/ld+json">{"a":1}</script></head><body><script>one()</script>' +
      '<script type="module">two()</script><SCRIPT>three()</SCRIPT></body></html>';
    expect(inlineScripts(html)).toEqual(['self.__next_f=[]', 'one()', 'two()', 'three()']);
  });

  it('hashes a script as CSP does: SHA-256 of its UTF-8 bytes, base64', () => {
    const text = 'self.__next_f.push([1,"é"])';
    expect(scriptHash(text)).toBe(`sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}`);
    expect(scriptHash('a')).not.toBe(scriptHash('a '));
  });

  it('keys each page by the address it is served at', () => {
    expect(servedPath('/nl')).toBe('/');
    expect(servedPath('/nl/privacy')).toBe('/privacy');
    expect(servedPath('/nl/aanbod/ips')).toBe('/aanbod/ips');
    expect(servedPath('/en')).toBe('/en');
    expect(servedPath('/en/privacy')).toBe('/en/privacy');
  });

  it("allows this site's script files and the listed inline scripts: no nonce, no 'unsafe-inline'", () => {
    const csp = staticContentSecurityPolicy(['sha256-AAA=', 'sha256-BBB=']);
    expect(csp).toContain("script-src 'self' 'sha256-AAA=' 'sha256-BBB=';");
    expect(csp).not.toMatch(/script-src[^;]*(unsafe|nonce|strict-dynamic)/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('the manifest of a build', () => {
  it('has, for each prerendered page at its address, the hashes of its scripts and the policy server.mjs sends', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'static-csp-'));
    try {
      const app = path.join(dir, '.next', 'server', 'app');
      mkdirSync(path.join(app, 'nl'), { recursive: true });
      mkdirSync(path.join(app, 'en'), { recursive: true });
      const routes = { '/nl': {}, '/nl/privacy': {}, '/en/privacy': {}, '/_not-found': {}, '/robots.txt': {} };
      writeFileSync(path.join(dir, '.next', 'prerender-manifest.json'), JSON.stringify({ routes }));
      writeFileSync(path.join(app, 'nl.html'), '<script>start()</script>');
      writeFileSync(path.join(app, 'nl', 'privacy.html'), '<script>a()</script><script src="/x.js"></script><script>a()</script><script>b()</script>');
      writeFileSync(path.join(app, 'en', 'privacy.html'), '<p>no scripts</p>');
      writeFileSync(path.join(app, '_not-found.html'), '<script>nf()</script>');
      const pages = staticPolicies(dir) as Record<string, { hashes: string[]; policy: string }>;
      // Next's own pages and a prerendered file that is not a page (no .html) are left out.
      expect(Object.keys(pages).sort()).toEqual(['/', '/en/privacy', '/privacy']);
      expect(pages['/privacy']!.hashes).toEqual([scriptHash('a()'), scriptHash('b()')]);
      expect(pages['/privacy']!.policy).toBe(staticContentSecurityPolicy([scriptHash('a()'), scriptHash('b()')]));
      expect(pages['/']!.hashes).toEqual([scriptHash('start()')]);
      expect(pages['/en/privacy']!.policy).toContain("script-src 'self';");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the language of an address', () => {
  it('reads it from the address a browser shows and from the one a page is rendered at', () => {
    expect(splitLocale('/privacy')).toEqual({ locale: 'nl', path: '/privacy' });
    expect(splitLocale('/nl/privacy')).toEqual({ locale: 'nl', path: '/privacy' });
    expect(splitLocale('/nl')).toEqual({ locale: 'nl', path: '/' });
    expect(splitLocale('/en')).toEqual({ locale: 'en', path: '/' });
    expect(splitLocale('/en/aanbod/ips')).toEqual({ locale: 'en', path: '/aanbod/ips' });
    // A path that only starts with the letters is no language prefix.
    expect(splitLocale('/nieuw')).toEqual({ locale: 'nl', path: '/nieuw' });
    expect(splitLocale('/english')).toEqual({ locale: 'nl', path: '/english' });
  });
});
