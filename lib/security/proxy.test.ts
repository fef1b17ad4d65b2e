import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { config, proxy } from '@/proxy';
import { MAX_FORM_BODY_BYTES } from '@/lib/security/request-limits';

/* proxy.ts on its own: what it refuses before any body is read, and what it passes on. */

const post = (path: string, headers: Record<string, string>) => proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { method: 'POST', headers }));

describe('proxy.ts', () => {
  it('refuses a post a browser marks as cross-site or same-site, and lets same-origin and non-browser posts through', () => {
    expect(post('/vragen/leeftijd', { 'sec-fetch-site': 'cross-site' }).status).toBe(403);
    expect(post('/vragen/leeftijd', { 'sec-fetch-site': 'same-site' }).status).toBe(403);
    expect(post('/vragen/leeftijd', { 'sec-fetch-site': 'same-origin' }).headers.get('x-middleware-next')).toBe('1');
    expect(post('/vragen/leeftijd', {}).headers.get('x-middleware-next')).toBe('1');
  });

  it('refuses a post without Sec-Fetch-Site whose Origin is null or another site, on every form route', () => {
    for (const path of ['/vragen/leeftijd', '/advies', '/plan/openen/bestand', '/aanbod/filter', '/en/aanbod/filter', '/en/intake', '/driegesprek', '/evaluatie']) {
      expect(post(path, { origin: 'null' }).status, path).toBe(403);
      expect(post(path, { origin: 'https://evil.example' }).status, path).toBe(403);
      expect(post(path, { 'sec-fetch-site': 'cross-site' }).status, path).toBe(403);
      expect(post(path, { 'sec-fetch-site': 'same-origin', origin: 'null' }).headers.get('x-middleware-next'), path).toBe('1');
    }
  });

  it('refuses a declared body larger than any form takes, before reading it', async () => {
    const big = String(MAX_FORM_BODY_BYTES + 1);
    const res = post('/vragen/leeftijd', { 'content-length': big });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('meer dan een formulier');
    expect(post('/vragen/leeftijd', { 'content-length': String(MAX_FORM_BODY_BYTES) }).headers.get('x-middleware-next')).toBe('1');
  });

  it('sends a plan file that is too large back to its form, in its language', () => {
    const nine = String(9 * 1024 * 1024);
    const at = (res: Response) => new URL(res.headers.get('location')!);
    const nl = post('/plan/openen/bestand', { 'content-length': nine });
    expect(nl.status).toBe(303);
    expect(at(nl).pathname + at(nl).search).toBe(`/plan/openen?fout=too-large&bytes=${nine}`);
    const en = post('/en/plan/openen/bestand', { 'content-length': nine });
    expect(at(en).pathname + at(en).search).toBe(`/en/plan/openen?fout=too-large&bytes=${nine}`);
  });

  it('does not run on the API, which streams and limits its own body', () => {
    const matcher = new RegExp(`^${config.matcher[0]!}$`);
    expect(matcher.test('/api/v1/advice')).toBe(false);
    expect(matcher.test('/en/api/v1/advice')).toBe(false);
    expect(matcher.test('/vragen/leeftijd')).toBe(true);
    expect(matcher.test('/en/plan/openen/bestand')).toBe(true);
  });
});
