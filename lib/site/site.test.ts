import { describe, expect, it } from 'vitest';
import { getCatalogue } from '@/lib/catalogue/load';
import { BASE_URL_ENV, configuredBaseUrl, requestOrigin } from './base-url';
import { alternates, isPersonalPath, isPublicPath, PERSONAL_PREFIXES, publicPaths } from './pages';

const ids = getCatalogue('nl').routes.map((r) => r.id);

describe('configuredBaseUrl', () => {
  it('takes the origin of an http(s) URL, without trailing slash or path', () => {
    expect(configuredBaseUrl({ [BASE_URL_ENV]: 'https://routewijzer.example.nl/' })).toBe('https://routewijzer.example.nl');
    expect(configuredBaseUrl({ [BASE_URL_ENV]: ' https://Routewijzer.Example.nl:8443/x?y ' })).toBe('https://routewijzer.example.nl:8443');
  });
  it('ignores a missing, empty or unusable value', () => {
    for (const v of [undefined, '', '   ', 'routewijzer.example.nl', 'ftp://x.nl', 'javascript:alert(1)', 'https://user:pw@x.nl']) {
      expect(configuredBaseUrl({ [BASE_URL_ENV]: v })).toBeUndefined();
    }
  });
});

describe('requestOrigin', () => {
  const h = (o: Record<string, string>) => (n: string) => o[n] ?? null;
  it('uses the Host header, https only when the proxy says so', () => {
    expect(requestOrigin(h({ host: '127.0.0.1:3000' }))).toBe('http://127.0.0.1:3000');
    expect(requestOrigin(h({ host: 'Werk.Example.nl', 'x-forwarded-proto': 'https' }))).toBe('https://werk.example.nl');
  });
  it('refuses a Host header that is not a plain host name', () => {
    for (const host of ['', 'evil.nl/path', 'a b', 'x.nl"><script>', 'user@x.nl']) expect(requestOrigin(h({ host }))).toBeUndefined();
  });
});

describe('public and personal pages', () => {
  it('public pages include every route page and none is personal', () => {
    const paths = publicPaths(ids);
    for (const id of ids) expect(paths).toContain(`/aanbod/${id}`);
    for (const p of paths) {
      expect(isPersonalPath(p)).toBe(false);
      expect(isPublicPath(p, ids)).toBe(true);
    }
  });
  it('pages below a personal prefix are personal, look-alikes are not', () => {
    for (const p of PERSONAL_PREFIXES) {
      expect(isPersonalPath(p)).toBe(true);
      expect(isPersonalPath(`${p}/x`)).toBe(true);
      expect(isPublicPath(p, ids)).toBe(false);
    }
    expect(isPersonalPath('/plannen')).toBe(false);
    expect(isPublicPath('/aanbod/bestaat-niet', ids)).toBe(false);
  });
  it('alternates name nl, en and x-default (the Dutch page)', () => {
    expect(alternates('/', 'https://x.nl')).toEqual({ nl: 'https://x.nl', en: 'https://x.nl/en', 'x-default': 'https://x.nl' });
    expect(alternates('/')).toEqual({ nl: '/', en: '/en', 'x-default': '/' });
    expect(alternates('/aanbod/ips')).toEqual({ nl: '/aanbod/ips', en: '/en/aanbod/ips', 'x-default': '/aanbod/ips' });
  });
});
