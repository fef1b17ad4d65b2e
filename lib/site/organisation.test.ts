import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '@/lib/catalogue/load';
import { LEGAL_SOURCES, localText, ORGANISATION_VARIABLES, OrganisationConfigError, parseOrganisation } from './organisation';

/* The deploying organisation's configuration: placeholders when unset, values when set, a clear error when wrong. */

const error = (env: Record<string, string>) => {
  try {
    parseOrganisation(env);
  } catch (e) {
    if (e instanceof OrganisationConfigError) return e.message;
    throw e;
  }
  throw new Error('no error');
};

describe('parseOrganisation', () => {
  it('is empty when nothing is set, so every page shows its placeholders', () => {
    expect(parseOrganisation({})).toEqual({});
    expect(parseOrganisation({ ROUTEWIJZER_ORG_NAME: '   ', ROUTEWIJZER_ORG_EMAIL: '', PATH: '/usr/bin' })).toEqual({});
  });

  it('takes every value that is set, trimmed, with English texts beside the Dutch ones', () => {
    const org = parseOrganisation({
      ROUTEWIJZER_ORG_NAME: ' Gemeente Voorbeeld ',
      ROUTEWIJZER_ORG_WEBSITE: 'https://www.voorbeeld.nl/werk',
      ROUTEWIJZER_ORG_EMAIL: 'werk@voorbeeld.nl',
      ROUTEWIJZER_ORG_PHONE: '+31 20 123 45 67',
      ROUTEWIJZER_ORG_PRIVACY_EMAIL: 'fg@voorbeeld.nl',
      ROUTEWIJZER_ORG_FUNDING: 'Betaald door de gemeente.',
      ROUTEWIJZER_ORG_FUNDING_EN: 'Paid for by the municipality.',
      ROUTEWIJZER_ORG_INTERESTS: 'Geen.',
    });
    expect(org).toEqual({
      name: 'Gemeente Voorbeeld',
      website: 'https://www.voorbeeld.nl/werk',
      email: 'werk@voorbeeld.nl',
      phone: '+31 20 123 45 67',
      privacyEmail: 'fg@voorbeeld.nl',
      funding: { nl: 'Betaald door de gemeente.', en: 'Paid for by the municipality.' },
      interests: { nl: 'Geen.' },
    });
  });

  it('stops with a message naming each wrong variable and why', () => {
    const message = error({
      ROUTEWIJZER_ORG_EMAIL: 'niet-een-adres',
      ROUTEWIJZER_ORG_WEBSITE: 'javascript:alert(1)',
      ROUTEWIJZER_ORG_NAME: '<script>',
      ROUTEWIJZER_ORG_INTERESTS_EN: 'None.',
      ROUTEWIJZER_ORG_NAAM: 'Gemeente Typfout',
    });
    expect(message).toContain('ROUTEWIJZER_ORG_EMAIL: not an e-mail address');
    expect(message).toContain('ROUTEWIJZER_ORG_WEBSITE: not a web address');
    expect(message).toContain('ROUTEWIJZER_ORG_NAME: plain text on one line');
    expect(message).toContain('ROUTEWIJZER_ORG_INTERESTS_EN: set ROUTEWIJZER_ORG_INTERESTS (the Dutch text) too');
    expect(message).toContain('ROUTEWIJZER_ORG_NAAM: unknown variable');
    expect(message).toContain('README.md');
  });

  it('refuses a text over 1000 characters, a web address with a password and a bad phone number', () => {
    expect(error({ ROUTEWIJZER_ORG_FUNDING: 'x'.repeat(1001) })).toContain('ROUTEWIJZER_ORG_FUNDING: at most 1000 characters');
    expect(error({ ROUTEWIJZER_ORG_WEBSITE: 'https://a:b@voorbeeld.nl' })).toContain('ROUTEWIJZER_ORG_WEBSITE');
    expect(error({ ROUTEWIJZER_ORG_PHONE: 'bel me' })).toContain('ROUTEWIJZER_ORG_PHONE: not a phone number');
  });

  it('lists each text with its English variant', () => {
    expect(ORGANISATION_VARIABLES).toContain('ROUTEWIJZER_ORG_LEGAL_BASIS_EN');
    expect(ORGANISATION_VARIABLES).toContain('ROUTEWIJZER_ORG_PRIVACY_EMAIL');
  });
});

describe('localText', () => {
  it('gives the English text on English pages, else the Dutch one marked as Dutch', () => {
    expect(localText({ nl: 'Geen.', en: 'None.' }, 'en')).toEqual({ text: 'None.' });
    expect(localText({ nl: 'Geen.' }, 'en')).toEqual({ text: 'Geen.', lang: 'nl' });
    expect(localText({ nl: 'Geen.', en: 'None.' }, 'nl')).toEqual({ text: 'Geen.' });
    expect(localText(undefined, 'nl')).toBeUndefined();
  });
});

describe('the privacy statement’s legal sources', () => {
  it('are named public sources in content/public-sources.yaml', () => {
    const ids = loadCatalogue().publicSources.map((s) => s.id);
    for (const id of Object.values(LEGAL_SOURCES)) expect(ids).toContain(id);
  });
});
