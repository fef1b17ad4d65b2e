import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gemeenteNames, loadRegions, normaliseName, parseCsv } from '@/lib/regions/regions';

const regions = loadRegions(path.join(process.cwd(), 'content'));

describe('region tables', () => {
  it('holds the 342 gemeenten of 2026 in 35 arbeidsmarktregio\'s', () => {
    expect(regions.gemeenten.size).toBe(342);
    expect(regions.arbeidsmarktregios).toHaveLength(35);
  });

  it('maps gemeenten to their arbeidsmarktregio', () => {
    expect(regions.gemeenten.get('0363')).toMatchObject({ name: 'Amsterdam', arbeidsmarktregio: 'Groot Amsterdam' });
    expect(regions.gemeenten.get('0344')).toMatchObject({ name: 'Utrecht', arbeidsmarktregio: 'Midden-Utrecht' });
    expect(regions.gemeenten.get('0014')?.arbeidsmarktregio).toBe('Groningen');
  });

  it('reads quoted names with commas', () => {
    const nuenen = [...regions.gemeenten.values()].find((g) => g.name.startsWith('Nuenen'));
    expect(nuenen?.name).toBe('Nuenen, Gerwen en Nederwetten');
    expect(parseCsv('a,"b, c","d ""e"""\n')).toEqual([['a', 'b, c', 'd "e"']]);
  });

  it('finds gemeenten by typed name, ignoring case and accents', () => {
    expect(regions.byName.get(normaliseName("'s-Hertogenbosch"))?.code).toBe('0796');
    expect(regions.byName.get(normaliseName('SÚDWEST-FRYSLÂN'))?.name).toBe('Súdwest-Fryslân');
  });

  it('maps every postcode to known gemeenten, the largest share first', () => {
    expect(regions.postcodes.size).toBe(4074);
    expect(regions.postcodes.get('1011')).toEqual(['0363']);
    const split = [...regions.postcodes.values()].filter((l) => l.length > 1);
    expect(split.length).toBeGreaterThan(0);
    for (const list of regions.postcodes.values()) for (const code of list) expect(regions.gemeenten.has(code)).toBe(true);
  });

  it('offers every gemeente once, in Dutch alphabetical order', () => {
    const names = gemeenteNames(regions);
    expect(names).toHaveLength(regions.gemeenten.size);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...regions.gemeenten.values()].map((g) => g.name).sort((a, b) => a.localeCompare(b, 'nl')));
    expect(names.slice(0, 4)).toEqual(["'s-Gravenhage", "'s-Hertogenbosch", 'Aa en Hunze', 'Aalsmeer']);
    expect(gemeenteNames(regions)).toBe(names);
  });
});
