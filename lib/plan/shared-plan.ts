import { longDate } from '@/lib/dates';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import type { Locale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translator';
import { answerText } from '@/lib/journey/answer-labels';
import { questionCopy } from '@/lib/journey/question-copy';
import type { QuestionId } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import type { Session } from '@/lib/journey/session';
import { personOf, purposeText } from '@/lib/meeting/forms';
import { consentOnlyFromFile, consentSource, currentConsent, mayShare, SHARE_ORDER, SHARE_QUESTIONS, type Meeting, type Party } from '@/lib/meeting/meeting';
import { shareItemText } from '@/lib/meeting/share-text';
import { buildPlan } from '@/lib/plan/build-plan';
import { documentPdf, type PdfDocument, type PdfSection } from '@/lib/plan/pdf';

/*
 * The driegesprek's result: one plan for client, klantmanager and behandelaar. It holds only
 * what all present agreed to share (meeting.share), each item exactly the fields it names
 * (lib/meeting/meeting.ts SHARE_QUESTIONS), and it exists only while the client has consented
 * and every other party present has agreed here; withdrawn consent makes it unavailable again. Consent that
 * only an opened plan file claims (source 'file') is never presented as recorded: it is named
 * as such, and the parties are asked to confirm it again.
 */

export type SharedPlan =
  | { ok: true; doc: PdfDocument }
  | { ok: false; reason: 'no-consent' | 'no-route' }
  /** Some consent comes from an unverified plan file: `consent` says, per party present, what holds. */
  | { ok: false; reason: 'consent-from-file'; consent: string[] };

/**
 * One party's consent (the client) or agreement (the others) as the shared plan states it:
 * recorded here (with its date), from a file, or none.
 */
export function consentLine(meeting: Meeting, p: Party, locale: Locale): string {
  const t = translator(locale, 'meeting');
  const held = currentConsent(meeting, p);
  const party = t(`parties.${p}`);
  const client = p === 'client';
  if (!held) return client ? t('doc.consentNone', { party }) : t('doc.agreedNone', { party });
  const date = longDate(held.given, locale);
  if (consentSource(held) === 'file') return client ? t('doc.consentFromFile', { party, date }) : t('doc.agreedFromFile', { party, date });
  return client ? t('doc.consentGiven', { party, date }) : t('doc.agreedGiven', { party, date });
}

/** A party as the plan names it: its role, and the name and contact details entered for it. */
export function personLine(meeting: Meeting, p: Party, locale: Locale): string {
  const t = translator(locale, 'meeting');
  const role = t(`parties.${p}`);
  const person = personOf(meeting, p);
  if (!person) return role;
  return person.contact ? t('doc.personContact', { role, name: person.name, contact: person.contact }) : t('doc.person', { role, name: person.name });
}

/** The shared plan in `locale`; `createdOn` is the date it is made, already written out in that language. */
export function sharedPlan(session: Session, meeting: Meeting, createdOn: string, locale: Locale): SharedPlan {
  if (!mayShare(meeting)) {
    return meeting.parties.some((p) => consentOnlyFromFile(meeting, p)) ? { ok: false, reason: 'consent-from-file', consent: meeting.parties.map((p) => consentLine(meeting, p, locale)) } : { ok: false, reason: 'no-consent' };
  }
  const t = translator(locale, 'meeting');
  const catalogue = getCatalogue(locale);
  const { deps } = journeyRuntime();
  const c = session.context;
  const route = catalogue.routes.find((r) => r.id === c.chosenRoute);
  if (!route) return { ok: false, reason: 'no-route' };
  const plan = buildPlan(route, advise(c.answers, catalogue, locale), c.answers, c.answered, deps.isAsked, catalogue, locale);
  const shares = new Set(meeting.share);
  const date = (iso: string) => longDate(iso, locale);
  const answers = (qs: readonly QuestionId[]) =>
    qs
      .filter((q) => q !== 'crisis' && c.answered.includes(q) && deps.isAsked(q, c.answers))
      .map((q) => `${questionCopy(q, locale).short}: ${answerText(q, c.answers, catalogue.regions, locale)}`);
  const shared = SHARE_ORDER.filter((s) => shares.has(s));
  const sections: PdfSection[] = [
    { heading: t('doc.parties'), items: meeting.parties.map((p) => personLine(meeting, p, locale)) },
    {
      heading: t('doc.consent'),
      items: [
        t('doc.purpose', { purpose: purposeText(meeting, locale) }),
        t('doc.shared', { items: shared.length ? shared.map((s) => shareItemText(s, locale)).join('; ') : t('doc.nothingShared') }),
        t('doc.noMedicalFile'),
        ...meeting.parties.map((p) => consentLine(meeting, p, locale)),
      ],
    },
  ];
  // Exactly the answers of the items ticked, nothing more: "Zorg in grote lijnen" alone never
  // shows how severe, which instelling or how long in care (those are 'careDetail').
  const situation = (['situation', 'care', 'careDetail'] as const).filter((s) => shares.has(s)).flatMap((s) => answers(SHARE_QUESTIONS[s]));
  if (situation.length) sections.push({ heading: t('doc.situation'), items: situation });
  if (shares.has('wish')) sections.push({ heading: t('doc.wish'), items: answers(SHARE_QUESTIONS.wish) });
  // Agreements made replace the plan's generic first steps; until then the steps show.
  const agreed = shares.has('agreements') && meeting.agreements.length > 0;
  if (shares.has('route')) {
    sections.push({ heading: t('doc.route', { route: route.name }), items: [route.summary.text] });
    if (!agreed) sections.push({ heading: t(shares.has('agreements') ? 'doc.firstSteps' : 'doc.action'), items: plan.steps, numbered: true });
  }
  if (shares.has('agreements')) {
    sections.push({
      heading: agreed && shares.has('route') ? `${t('doc.action')}: ${t('doc.agreements')}` : t('doc.agreements'),
      items: meeting.agreements.length
        ? meeting.agreements.map((a) => t('doc.agreement', { who: a.who, what: a.what, date: date(a.when) }))
        : [t('doc.noAgreements')],
      numbered: meeting.agreements.length > 0,
    });
    sections.push({
      heading: t('doc.next'),
      items: [meeting.nextMeeting ? t('doc.nextOn', { date: date(meeting.nextMeeting) }) : t('doc.noDate')],
    });
  }
  return {
    ok: true,
    doc: {
      title: t('doc.title', { route: route.name }),
      subtitle: t('doc.subtitle', { date: createdOn, version: catalogue.meta.version, catalogueDate: catalogue.meta.date }),
      sections,
    },
  };
}

/** The shared plan as a PDF in `locale`, or null while it may not be shared (app/driegesprek/plan/pdf). */
export async function sharedPlanPdf(session: Session, meeting: Meeting, createdOn: string, locale: Locale): Promise<Uint8Array | null> {
  const shared = sharedPlan(session, meeting, createdOn, locale);
  return shared.ok ? documentPdf(shared.doc, locale) : null;
}
