import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { addAgreement, chooseInMeeting, consent, removeAgreement, saveSetup, setNextMeeting } from '@/components/meeting/actions';
import { SavePlanLink } from '@/components/plan/save-plan-link';
import { ErrorSummary } from '@/components/wizard/error-summary';
import { meetingCopy, questions } from '@/content/copy/nl';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { answerText } from '@/lib/journey/answer-labels';
import { readSession } from '@/lib/journey/cookie';
import { firstOpenQuestion } from '@/lib/journey/flow';
import { SITUATION_QUESTIONS, WISH_QUESTIONS, type QuestionId } from '@/lib/journey/questions';
import { journeyRuntime } from '@/lib/journey/runtime';
import { readMeetingOrEmpty } from '@/lib/meeting/cookie';
import { meetingErrorsFromQuery, type MeetingError } from '@/lib/meeting/forms';
import { currentConsent, mayShare, PARTIES, SHARE_ITEMS, TEXT_LIMITS, type Party } from '@/lib/meeting/meeting';
import { longDate, todayIso } from '@/lib/dates';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** "Fout: …" in the title when the page shows errors, as on the wizard's questions. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: `${meetingErrorsFromQuery((await searchParams).fout).length > 0 ? 'Fout: ' : ''}Driegesprek` };
}

const FIELD_OF: Record<MeetingError, string> = { who: 'afspraak-wie', what: 'afspraak-wat', when: 'afspraak-wanneer', next: 'volgend-gesprek', full: 'afspraak-wie' };

/**
 * The driegesprek (001:443-460; 000:115-130): client, klantmanager and behandelaar (an
 * ervaringsdeskundige may join) walk the five steps of the stroomschema as an agenda, the
 * client's words first, after consent (001:665-680). Everything stays on this device.
 */
export default async function MeetingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const catalogue = getCatalogue();
  const { deps } = journeyRuntime();
  const [{ session }, meeting] = await Promise.all([readSession(), readMeetingOrEmpty()]);
  const errs = meetingErrorsFromQuery((await searchParams).fout);
  const c = session.context;
  const open = firstOpenQuestion(c, deps.isAsked);
  const advice = advise(c.answers, catalogue);
  const chosen = catalogue.routes.find((r) => r.id === c.chosenRoute);
  const today = todayIso();
  const shareOk = mayShare(meeting);
  const errorOf = (e: MeetingError) => (errs.includes(e) ? meetingCopy.errors[e] : undefined);
  const answers = (qs: readonly QuestionId[]) => {
    const shown = qs.filter((q) => q !== 'crisis' && c.answered.includes(q) && deps.isAsked(q, c.answers));
    return shown.length === 0 ? (
      <p>Nog niet ingevuld.</p>
    ) : (
      <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
        {shown.map((q) => (
          <div key={q} className="contents">
            <dt className="font-semibold">{questions[q].short}</dt>
            <dd>{answerText(q, c.answers, catalogue.regions)}</dd>
          </div>
        ))}
      </dl>
    );
  };
  const fieldError = (e: MeetingError) =>
    errorOf(e) && (
      <span id={`${FIELD_OF[e]}-fout`} className="block font-bold text-red-800">
        <span className="sr-only">Fout: </span>
        {errorOf(e)}
      </span>
    );
  const input = 'mt-1 block w-full rounded-md border-2 border-slate-700 px-2 py-1 text-base';

  return (
    <div className="wide">
      {errs.length > 0 && <ErrorSummary errors={errs.map((e) => ({ href: `#${FIELD_OF[e]}`, text: meetingCopy.errors[e] }))} />}
      <h1 id="driegesprek">Driegesprek: samen naar werk</h1>
      <p className="mt-2 max-w-3xl">
        Klant, klantmanager en behandelaar lopen samen de vijf stappen door. Soms schuift een ervaringsdeskundige aan. De klant vertelt
        eerst. Alles blijft op dit apparaat; bewaar het plan als bestand en wis daarna de gegevens.
      </p>

      <nav aria-label="Agenda" className="mt-4">
        <ol className="flex list-none flex-wrap gap-x-4 gap-y-1 p-0 text-base">
          <li>
            <a href="#toestemming">Toestemming</a>
          </li>
          <li>
            <a href="#stap-1">1. Situatie</a>
          </li>
          <li>
            <a href="#stap-2">2. Wens</a>
          </li>
          <li>
            <a href="#stap-3">3. Proces</a>
          </li>
          <li>
            <a href="#stap-4">4. Aan de slag</a>
          </li>
          <li>
            <a href="#stap-5">5. Afronden of doorgaan</a>
          </li>
        </ol>
      </nav>

      <section aria-labelledby="toestemming" className="mt-8 rounded-md border-2 border-slate-300 p-4">
        <h2 id="toestemming" tabIndex={-1}>
          Toestemming: wat delen we, met wie, waarvoor?
        </h2>
        <p className="mt-1">
          Deel alleen wat nodig is voor het doel. Medische informatie en het medisch dossier horen hier niet bij. Toestemming geldt voor
          dit doel en deze gegevens, en kan altijd worden ingetrokken.
        </p>
        <form action={saveSetup} className="mt-3 grid gap-4 md:grid-cols-2">
          <fieldset>
            <legend className="font-semibold">Wie doen er mee?</legend>
            {PARTIES.map((p) => (
              <div key={p} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name="parties"
                  value={p}
                  id={`deelnemer-${p}`}
                  defaultChecked={meeting.parties.includes(p)}
                  disabled={p === 'client'}
                  className="mt-1 size-5"
                />
                <label htmlFor={`deelnemer-${p}`}>
                  {meetingCopy.parties[p]}
                  {p === 'client' ? ' (doet altijd mee)' : ''}
                </label>
              </div>
            ))}
          </fieldset>
          <fieldset>
            <legend className="font-semibold">Wat wordt gedeeld?</legend>
            {SHARE_ITEMS.map((s) => (
              <div key={s} className="flex items-start gap-2">
                <input type="checkbox" name="share" value={s} id={`delen-${s}`} defaultChecked={meeting.share.includes(s)} className="mt-1 size-5" />
                <label htmlFor={`delen-${s}`}>{meetingCopy.share[s]}</label>
              </div>
            ))}
          </fieldset>
          <div className="md:col-span-2">
            <label htmlFor="doel" className="font-semibold">
              Waarvoor (het doel)
            </label>
            <input id="doel" name="purpose" defaultValue={meeting.purpose} maxLength={TEXT_LIMITS.purpose} className={input} />
            <p className="mt-1 text-base text-slate-700">Verandert wie meedoet, wat gedeeld wordt of het doel? Dan vragen we iedereen opnieuw om toestemming.</p>
            <button type="submit" id="bewaar-opzet" className="btn-secondary mt-2">
              Bewaar wie, wat en waarvoor
            </button>
          </div>
        </form>
        <h3 className="mt-4 text-lg">Toestemming per deelnemer</h3>
        <ul className="mt-2 list-none space-y-2 p-0" id="toestemmingen">
          {meeting.parties.map((p: Party) => {
            const held = currentConsent(meeting, p);
            return (
              <li key={p} id={`toestemming-${p}`} tabIndex={-1} className="flex flex-wrap items-center gap-3">
                <span className="font-semibold">{meetingCopy.parties[p]}:</span>
                <span id={`status-${p}`}>{held ? `toestemming gegeven op ${longDate(held.given)}` : 'geen toestemming'}</span>
                <form action={consent}>
                  <input type="hidden" name="party" value={p} />
                  <input type="hidden" name="give" value={held ? '0' : '1'} />
                  <button type="submit" id={held ? `intrekken-${p}` : `geef-${p}`} className="btn-link">
                    {held ? 'Trek toestemming in' : 'Geeft toestemming'}
                    <span className="sr-only"> ({meetingCopy.parties[p]})</span>
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
        <p className="mt-3" id="deel-status">
          {shareOk ? 'Iedereen heeft toestemming gegeven: het plan kan gedeeld worden.' : 'Het plan wordt pas gedeeld als iedereen die meedoet toestemming heeft gegeven.'}
        </p>
      </section>

      <section aria-labelledby="stap-1" className="mt-8">
        <h2 id="stap-1" tabIndex={-1}>
          Stap 1. Situatie: de klant vertelt eerst
        </h2>
        <p className="mt-1">Laat de klant in eigen woorden vertellen hoe het gaat, met werk, inkomen en zorg. Vul daarna samen de situatie in.</p>
        {answers(SITUATION_QUESTIONS)}
        <Link href="/intake" className="mt-2 inline-block" id="naar-intake">
          Situatie en wens invullen of wijzigen (intake)
        </Link>
      </section>

      <section aria-labelledby="stap-2" className="mt-8">
        <h2 id="stap-2" tabIndex={-1}>
          Stap 2. Wens: wat wil de klant?
        </h2>
        {answers(WISH_QUESTIONS)}
      </section>

      <section aria-labelledby="stap-3" className="mt-8">
        <h2 id="stap-3" tabIndex={-1}>
          Stap 3. Proces: welke route kiezen we samen?
        </h2>
        {open ? (
          <p className="mt-1">Vul eerst de situatie en de wens in. Dan zie je hier de routes die passen.</p>
        ) : (
          <ol className="mt-2 list-none space-y-3 p-0" id="driegesprek-routes">
            {[...advice.recommended, ...advice.conditional].slice(0, 6).map((a) => (
              <li key={a.id} className="rounded-md border-2 border-slate-300 p-3">
                <h3 className="text-lg">
                  {a.name}
                  {a.group === 'conditional' ? ' (nagaan)' : ''}
                  {a.id === c.chosenRoute ? ' — gekozen' : ''}
                </h3>
                <ul className="mt-1 list-disc pl-5 text-base">
                  {a.reasons
                    .filter((r) => r.type !== 'against')
                    .slice(0, 3)
                    .map((r, i) => (
                      <li key={i}>{r.text}</li>
                    ))}
                </ul>
                {a.id !== c.chosenRoute && (
                  <form action={chooseInMeeting} className="mt-2">
                    <input type="hidden" name="route" value={a.id} />
                    <button type="submit" id={`kies-${a.id}`} className="btn-link">
                      Kies {a.name}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="stap-4" className="mt-8">
        <h2 id="stap-4" tabIndex={-1}>
          Stap 4. Aan de slag: afspraken
        </h2>
        <p className="mt-1">{chosen ? `Gekozen route: ${chosen.name}.` : 'Nog geen route gekozen.'} Maak afspraken die concreet zijn: wie doet wat, en wanneer.</p>
        <h3 id="afspraken" tabIndex={-1} className="mt-3 text-lg">
          Afspraken ({meeting.agreements.length})
        </h3>
        {meeting.agreements.length > 0 && (
          <ol className="mt-1 list-decimal space-y-1 pl-6" id="lijst-afspraken">
            {meeting.agreements.map((a, i) => (
              <li key={i}>
                <span className="font-semibold">{a.who}</span>: {a.what} (uiterlijk {longDate(a.when)}){' '}
                <form action={removeAgreement} className="inline">
                  <input type="hidden" name="index" value={i} />
                  <button type="submit" className="btn-link" id={`weg-afspraak-${i}`}>
                    Haal weg<span className="sr-only"> (afspraak {i + 1})</span>
                  </button>
                </form>
              </li>
            ))}
          </ol>
        )}
        <form action={addAgreement} className="mt-3 grid gap-3 md:grid-cols-[12rem_1fr_11rem_auto] md:items-end" noValidate>
          <div>
            <label htmlFor="afspraak-wie" className="font-semibold">
              Wie
            </label>
            {fieldError('who')}
            {fieldError('full')}
            <input id="afspraak-wie" name="who" maxLength={TEXT_LIMITS.who} list="afspraak-partijen" className={input} aria-describedby={errorOf('who') ? 'afspraak-wie-fout' : undefined} />
            <datalist id="afspraak-partijen">
              {meeting.parties.map((p) => (
                <option key={p} value={meetingCopy.parties[p].replace(/ \(.*\)$/, '')} />
              ))}
            </datalist>
          </div>
          <div>
            <label htmlFor="afspraak-wat" className="font-semibold">
              Wat
            </label>
            {fieldError('what')}
            <input id="afspraak-wat" name="what" maxLength={TEXT_LIMITS.what} className={input} aria-describedby={errorOf('what') ? 'afspraak-wat-fout' : undefined} />
          </div>
          <div>
            <label htmlFor="afspraak-wanneer" className="font-semibold">
              Uiterlijk op
            </label>
            {fieldError('when')}
            <input id="afspraak-wanneer" name="when" type="date" min={today} className={input} aria-describedby={errorOf('when') ? 'afspraak-wanneer-fout' : undefined} />
          </div>
          <button type="submit" id="voeg-afspraak-toe" className="btn-secondary">
            Voeg toe
          </button>
        </form>
      </section>

      <section aria-labelledby="stap-5" className="mt-8">
        <h2 id="stap-5" tabIndex={-1}>
          Stap 5. Volgend gesprek: afronden of doorgaan?
        </h2>
        <p className="mt-1">Spreek af wanneer jullie bekijken wat er bereikt is, en wat er dan nodig is.</p>
        <form action={setNextMeeting} className="mt-2 flex flex-wrap items-end gap-3" noValidate>
          <div>
            <label htmlFor="volgend-gesprek" className="font-semibold">
              Datum volgend gesprek
            </label>
            {fieldError('next')}
            <input
              id="volgend-gesprek"
              name="next"
              type="date"
              min={today}
              defaultValue={meeting.nextMeeting ?? ''}
              className={input}
              aria-describedby={errorOf('next') ? 'volgend-gesprek-fout' : undefined}
            />
          </div>
          <button type="submit" id="bewaar-datum" className="btn-secondary">
            Bewaar datum
          </button>
        </form>
        {meeting.nextMeeting && <p className="mt-2" id="volgend-gesprek-tekst">Volgend gesprek: {longDate(meeting.nextMeeting)}.</p>}
        {chosen && (
          <p className="mt-2">
            Bij het volgende gesprek: <Link href="/evaluatie">vertel hoe het ging (stap 5)</Link>.
          </p>
        )}
      </section>

      <section aria-labelledby="resultaat" className="mt-8 rounded-md bg-slate-100 p-4">
        <h2 id="resultaat">Het gedeelde plan</h2>
        {shareOk && chosen ? (
          <p className="mt-1">
            <Link href="/driegesprek/plan" id="naar-gedeeld-plan">
              Bekijk, print of download het gedeelde plan
            </Link>
          </p>
        ) : (
          <p className="mt-1" id="nog-geen-plan">
            {chosen ? 'Het plan kan gedeeld worden als iedereen toestemming heeft gegeven.' : 'Kies eerst samen een route (stap 3).'}
          </p>
        )}
        {!open && (
          <p className="mt-3">
            De klant kan het plan ook als bestand bewaren, op een eigen apparaat, om het bij het volgende gesprek weer te openen.{' '}
            <SavePlanLink className="btn-link" />
          </p>
        )}
      </section>
    </div>
  );
}
