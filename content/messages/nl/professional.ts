/**
 * The professional view of a route on the intake (components/professional/route-professional.tsx)
 * and its rows (lib/present/professional.ts): rules, funding, duration, figures, sources.
 */
export const professional = {
  details: 'Professionele gegevens',
  detailsOf: ' van {name}',
  allAbout: 'Alles over {name}',
  status: 'Status:',
  evidence: 'Bewijs:',
  available: 'beschikbaar',
  eligibility: 'Toelating (regels uit de catalogus)',
  region: 'Regio',
  fundingHeading: 'Wet, financiering en toegang',
  durationHeading: 'Duur en uren',
  outcomes: 'Uitkomsten',
  noFigures: 'Geen cijfers in de bronnen.',
  outcomesOf: 'Uitkomsten van {name}',
  columns: {
    value: 'Waarde',
    measured: 'Gemeten',
    year: 'Jaar',
    study: 'Type onderzoek, bron',
  },
  sources: 'Bronnen',
  rows: {
    legalBasis: 'Wettelijke basis',
    funding: 'Financiering',
    provider: 'Aanbieder',
    access: 'Toegang',
    durationFor: 'Duur bij {benefits}',
    maxMonths: 'max. {months} maanden. {text}',
    durationGeneral: 'Duur algemeen',
    hours: 'Uren',
  },
  yearUnknown: 'onbekend',
};
