import { meetingCopy } from '@/content/copy/nl';
import { longDate } from '@/lib/dates';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { answerText } from '@/lib/journey/answer-labels';
import { SITUATION_QUESTIONS, WISH_QUESTIONS, type QuestionId } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import type { Session } from '@/lib/journey/session';
import { currentConsent, mayShare, type Meeting } from '@/lib/meeting/meeting';
import { buildPlan } from '@/lib/plan/build-plan';
import type { PdfDocument, PdfSection } from '@/lib/plan/pdf';
import { questions } from '@/content/copy/nl';

/*
 * The driegesprek's result: one plan for client, klantmanager and behandelaar. It holds only
 * what all present agreed to share (meeting.share), and it exists only while every party
 * present has given consent; withdrawn consent makes it unavailable again.
 */


export type SharedPlan = { ok: true; doc: PdfDocument } | { ok: false; reason: 'no-consent' | 'no-route' };

export function sharedPlan(session: Session, meeting: Meeting, createdOn: string): SharedPlan {
  if (!mayShare(meeting)) return { ok: false, reason: 'no-consent' };
  const catalogue = getCatalogue();
  const { deps } = journeyRuntime();
  const c = session.context;
  const route = catalogue.routes.find((r) => r.id === c.chosenRoute);
  if (!route) return { ok: false, reason: 'no-route' };
  const plan = buildPlan(route, advise(c.answers, catalogue), c.answers, c.answered, deps.isAsked, catalogue);
  const shares = new Set(meeting.share);
  const answers = (qs: readonly QuestionId[]) =>
    qs.filter((q) => q !== 'crisis' && c.answered.includes(q) && deps.isAsked(q, c.answers)).map((q) => `${questions[q].short}: ${answerText(q, c.answers, catalogue.regions)}`);
  const sections: PdfSection[] = [
    { heading: 'Wie deden mee', items: meeting.parties.map((p) => meetingCopy.parties[p]) },
    {
      heading: 'Toestemming om te delen',
      items: [
        `Doel: ${meeting.purpose}`,
        `Wat gedeeld wordt: ${meeting.share.map((s) => meetingCopy.share[s]).join('; ')}.`,
        'Geen medisch dossier. Toestemming kan altijd worden ingetrokken.',
        ...meeting.parties.map((p) => `${meetingCopy.parties[p]}: toestemming gegeven op ${longDate(currentConsent(meeting, p)!.given)}`),
      ],
    },
  ];
  if (shares.has('situation')) sections.push({ heading: '1. Situatie', items: answers(SITUATION_QUESTIONS) });
  if (shares.has('wish')) sections.push({ heading: '2. Wens', items: answers(WISH_QUESTIONS) });
  if (shares.has('route')) {
    sections.push({ heading: `3. Gekozen route: ${route.name}`, items: [route.summary.text] });
    sections.push({ heading: '4. Aan de slag', items: plan.steps, numbered: true });
  }
  if (shares.has('agreements')) {
    sections.push({
      heading: 'Afspraken (wie doet wat, wanneer)',
      items: meeting.agreements.length ? meeting.agreements.map((a) => `${a.who}: ${a.what} (uiterlijk ${longDate(a.when)})`) : ['Nog geen afspraken.'],
      numbered: meeting.agreements.length > 0,
    });
    sections.push({
      heading: '5. Volgend gesprek: afronden of doorgaan?',
      items: [meeting.nextMeeting ? `Op ${longDate(meeting.nextMeeting)}: wat is er bereikt, en wat is er nu nodig?` : 'Nog geen datum afgesproken.'],
    });
  }
  return {
    ok: true,
    doc: {
      title: `Plan uit het driegesprek: ${route.name}`,
      subtitle: `Gemaakt op ${createdOn} met Routewijzer werk (catalogus ${catalogue.meta.version}, ${catalogue.meta.date}).`,
      sections,
    },
  };
}
