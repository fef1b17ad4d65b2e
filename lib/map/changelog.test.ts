import { describe, expect, it } from 'vitest';
import { changelogSchema, loadChangelog } from '@/lib/map/changelog';

describe('the change log', () => {
  it('parses, newest first, with links to our own pages only', () => {
    const log = loadChangelog(undefined, 'nl');
    expect(log.length).toBeGreaterThan(0);
    for (const e of log) for (const l of e.links) expect(l.href.startsWith('/')).toBe(true);
  });

  it('refuses entries out of order and links to other sites', () => {
    const e = { title: 't', text: 'x' };
    expect(changelogSchema.safeParse([{ ...e, date: '2026-01-01' }, { ...e, date: '2026-02-01' }]).success).toBe(false);
    expect(changelogSchema.safeParse([{ ...e, date: '2026-01-01', links: [{ label: 'x', href: 'https://example.org' }] }]).success).toBe(false);
  });
});
