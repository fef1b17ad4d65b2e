import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { markupTree, type MarkupNode } from './markup';

/** As the floor page builds them (bench/floor/app/markup/[page]/page.jsx). */
const element = (node: MarkupNode): ReactNode => (typeof node === 'string' ? node : createElement(node[0], node[1], ...node[2].map(element)));
const render = (nodes: MarkupNode[]) => renderToStaticMarkup(createElement(Fragment, null, ...nodes.map(element)));

// A question page, shortened, as React writes it: a sticky header with an SVG, a form with a
// hidden field, a checked radio, a textarea and escaped text.
const h = createElement;
const content = [
  h('div', { hidden: true }),
  h('header', { id: 'kop', className: 'sticky top-0' }, h('a', { href: '#inhoud', className: 'sr-only' }, 'Naar de inhoud'), h('svg', { 'aria-hidden': 'true', focusable: 'false', viewBox: '0 0 8 14', width: '8', height: '14' }, h('path', { d: 'M7 1 1 7l6 6', fill: 'none', stroke: 'currentColor', strokeWidth: '2' }))),
  h('main', { id: 'inhoud', tabIndex: -1 },
    h('form', { action: '/vragen', noValidate: true, method: 'post' },
      h('input', { type: 'hidden', name: 'question', defaultValue: 'crisis' }),
      h('fieldset', { 'aria-describedby': 'answer-hint' },
        h('legend', null, h('h1', { id: 'vraag' }, 'Hoe gaat het nu met je?')),
        h('label', { htmlFor: 'a' }, h('input', { type: 'radio', id: 'a', name: 'answer', defaultValue: 'ja', defaultChecked: true, required: true }), 'Ja & nee <soms> "vaak" \'nooit\''),
        h('textarea', { name: 'note', maxLength: 2000, autoComplete: 'off', defaultValue: 'Mijn tekst' }),
        h('br'),
        h('button', { type: 'submit' }, 'Verder')))),
  h('footer', null, h('p', null, 'Je antwoorden blijven in deze browser.')),
];
const markup = renderToStaticMarkup(h(Fragment, null, ...content));
// With what React and Next add for their own bookkeeping, which the tree leaves out: Suspense
// comments, a template, the payload scripts; and a style attribute, which it drops.
const page = `<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/><title>Vraag 1</title></head><body class="flex min-h-screen"><!--$-->${markup.replace('<button type="submit">', '<button type="submit" style="color:red">')}<template id="P:1"></template><script>self.__next_f.push([1,"<div>not markup</div>"])</script><!--/$--></body></html>`;

describe('markupTree', () => {
  it('gives the elements and text of the body, which React renders back to the same markup', () => {
    expect(page).toContain('style="color:red"');
    expect(render(markupTree(page))).toBe(markup);
  });

  it('writes props as React spells them, with decoded values', () => {
    const tree = markupTree(page);
    const main = tree.find((n): n is Exclude<MarkupNode, string> => typeof n !== 'string' && n[0] === 'main')!;
    expect(main[1]).toEqual({ id: 'inhoud', tabIndex: '-1' });
    const form = main[2][0] as Exclude<MarkupNode, string>;
    expect(form[1]).toEqual({ action: '/vragen', noValidate: true, method: 'post' });
    expect(form[2][0]).toEqual(['input', { type: 'hidden', name: 'question', defaultValue: 'crisis' }, []]);
    expect(JSON.stringify(tree)).toContain('Ja & nee <soms> \\"vaak\\" \'nooit\'');
    expect(JSON.stringify(tree)).not.toContain('not markup');
  });

  it('refuses markup that is not as React writes it', () => {
    expect(() => markupTree('<p>no body</p>')).toThrow(/no <body>/);
    expect(() => markupTree('<html><body><div><p>unclosed</div></body></html>')).toThrow(/does not close/);
    expect(() => markupTree('<html><body><div>open</body></html>')).toThrow(/not closed/);
  });
});
