import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StroomschemaList } from '@/components/map/stroomschema-list';
import { StroomschemaSvg } from '@/components/map/stroomschema-svg';
import { loadCatalogue } from '@/lib/catalogue/load';
import { stepHeading } from '@/lib/map/layout';
import { stroomschema } from '@/lib/map/stroomschema';

/* The picture and its text version each name every step, decision point and route. */

const catalogue = loadCatalogue();
const data = stroomschema(catalogue);
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');

describe('the stroomschema picture', () => {
  const svg = renderToStaticMarkup(<StroomschemaSvg data={data} id="t" />);
  const words = decode([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' '));

  it('is an image labelled by its title and description, with no script or remote reference', () => {
    expect(svg).toMatch(/^<svg[^>]*role="img"[^>]*aria-labelledby="t-titel t-uitleg"/);
    expect(svg).toContain('<title id="t-titel">');
    expect(svg).not.toMatch(/<script|href="http|<image/);
  });

  it('names every step, decision point and route', () => {
    for (const s of data.steps) expect(words).toContain(stepHeading(s));
    for (const p of data.steps.flatMap((s) => s.decisions)) expect(words).toContain(p.title);
    for (const r of catalogue.routes) expect(words, r.name).toContain(r.name);
  });
});

describe('the text alternative', () => {
  const html = decode(renderToStaticMarkup(<StroomschemaList data={data} />));

  it('holds every step, every branch and, under each branch, every route once', () => {
    for (const s of data.steps) expect(html).toContain(`data-step="${s.id}"`);
    const branches = data.steps.flatMap((s) => s.decisions).flatMap((p) => p.branches);
    expect(html.match(/data-branch=/g)).toHaveLength(branches.length);
    for (const r of catalogue.routes) expect(html).toContain(r.name);
  });
});
