import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OutcomeChart } from '@/components/map/outcome-chart';
import { StroomschemaList } from '@/components/map/stroomschema-list';
import { StroomschemaSvg } from '@/components/map/stroomschema-svg';
import { loadCatalogue } from '@/lib/catalogue/load';
import { figureGroups } from '@/lib/map/figures';
import { stepHeading } from '@/lib/map/layout';
import { stroomschema } from '@/lib/map/stroomschema';

/* The picture and its text version each name every step, decision point and route. */

const catalogue = loadCatalogue();
const data = stroomschema(catalogue, 'nl');
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
    for (const s of data.steps) expect(words).toContain(stepHeading(s, 'nl'));
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

describe('in English', () => {
  const en = stroomschema(loadCatalogue({ locale: 'en' }), 'en');
  const svg = decode(renderToStaticMarkup(<StroomschemaSvg data={en} id="t" />));
  const html = decode(renderToStaticMarkup(<StroomschemaList data={en} />));

  it('titles and describes the picture in English', () => {
    expect(svg).toContain('<title id="t-titel">Flow chart: the five steps to a route to work</title>');
    expect(svg).toMatch(/<desc id="t-uitleg">\d+ steps, \d+ decision points and \d+ routes\./);
  });

  it('writes the text version in English, with the English route names', () => {
    expect(html).toContain('Questions in this step: ');
    expect(html).toContain('Fits: ');
    expect(html).not.toMatch(/Vragen in deze stap|Past: |Valt af|Vraag na|Daarna:/);
    for (const r of en.routes) expect(html).toContain(r.name);
  });
});

describe('the figures chart in English', () => {
  const en = loadCatalogue({ locale: 'en' });
  const titles = new Map(en.publicSources.map((s) => [s.id, s.title]));
  const groups = figureGroups(en.routes, 'en');
  const html = decode(groups.map((g, i) => renderToStaticMarkup(<OutcomeChart group={g} id={`c${i}`} byRoute sources={{ meta: en.meta, publicTitles: titles }} locale="en" />)).join(''));

  it('labels, captions and sources in English, links to the English route pages', () => {
    expect(html).toContain(': bar chart</title>');
    expect(html).toContain('Source: ');
    expect(html).toMatch(/href="\/en\/aanbod\/[a-z0-9-]+"/);
    expect(html).not.toMatch(/staafdiagram|jaar onbekend|Bron: |, regels? \d|Het percentage/);
  });
});
