import { isValidElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorLinks } from '@/components/common/error-summary';

/*
 * Two errors on one field (the driegesprek's "who" left empty on a full list) are two links to
 * that field. React needs a distinct key per link; the server render does not warn about
 * duplicates, the browser's hydration does, so the keys are checked here directly.
 */
describe('the error summary’s links', () => {
  const errors = [
    { href: '#afspraak-wie', text: 'Vul in wie iets gaat doen.' },
    { href: '#afspraak-wie', text: 'Er passen geen afspraken meer bij.' },
    { href: '#afspraak-wanneer', text: 'Kies een datum.' },
  ];

  it('give each error its own key, also when two are on one field', () => {
    const list = ErrorLinks({ errors }) as ReactElement<{ children: unknown[] }>;
    const keys = list.props.children.filter(isValidElement).map((li) => li.key);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(3);
  });

  it('link to the field of every error, in order', () => {
    const html = renderToStaticMarkup(<ErrorLinks errors={errors} />);
    expect([...html.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual(errors.map((e) => [e.href, e.text]));
  });
});
