import { describe, expect, it } from 'vitest';
import { declaredLength, isCrossSite } from '@/lib/security/request-limits';

const h = (x: Record<string, string>) => new Headers(x);

describe('isCrossSite', () => {
  it('believes a browser that says where a post comes from', () => {
    expect(isCrossSite(h({ 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(isCrossSite(h({ 'sec-fetch-site': 'same-site' }))).toBe(true);
    // Our own forms: no-referrer makes the Origin "null", Fetch Metadata tells them apart.
    expect(isCrossSite(h({ 'sec-fetch-site': 'same-origin', origin: 'null' }))).toBe(false);
    expect(isCrossSite(h({ 'sec-fetch-site': 'none' }))).toBe(false);
  });

  it('without Sec-Fetch-Site, refuses an Origin that is null or another host (issue 13: Origin null was accepted)', () => {
    expect(isCrossSite(h({ origin: 'null', host: '127.0.0.1:3000' }))).toBe(true);
    expect(isCrossSite(h({ origin: 'https://evil.example', host: '127.0.0.1:3000' }))).toBe(true);
    expect(isCrossSite(h({ origin: 'not a url', host: '127.0.0.1:3000' }))).toBe(true);
    expect(isCrossSite(h({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }))).toBe(false);
  });

  it('lets a client that sends neither header through: no browser, so no one else’s cookies', () => {
    expect(isCrossSite(h({ host: '127.0.0.1:3000' }))).toBe(false);
  });
});

describe('declaredLength', () => {
  it('reads a plain Content-Length and nothing else', () => {
    expect(declaredLength(h({ 'content-length': '1234' }))).toBe(1234);
    expect(declaredLength(h({}))).toBeUndefined();
    expect(declaredLength(h({ 'content-length': '12, 13' }))).toBeUndefined();
  });
});
