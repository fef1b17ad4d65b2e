import { isQuestionId } from '@/lib/journey/questions';
import { questionCopy } from '@/lib/journey/question-copy';
import { edgeText, routeNames, stepHeading, stepNotes } from '@/lib/map/layout';
import type { StroomschemaData } from '@/lib/map/stroomschema';
import { translator } from '@/lib/i18n/translator';
import { andList } from '@/lib/engine/labels';

/**
 * The stroomschema as nested lists: the same data as the drawing, complete, for everyone.
 * In the language of the data (stroomschema(catalogue, locale)).
 */
export function StroomschemaList({ data }: { data: StroomschemaData }) {
  const { locale } = data;
  const t = translator(locale, 'map');
  const name = routeNames(data);
  return (
    <ol className="mt-3 list-none space-y-6 p-0" id="stroomschema-tekst">
      {data.steps.map((step) => (
        <li key={step.id} data-step={step.id}>
          <h3>{stepHeading(step, locale)}</h3>
          {step.questions.length > 0 && (
            <p className="mt-1">
              {t('list.questions', {
                questions: andList(
                  step.questions.map((q) => (isQuestionId(q) ? questionCopy(q, locale).short : q)),
                  locale,
                ),
              })}
            </p>
          )}
          {step.decisions.length > 0 && (
            <ul className="mt-2 list-disc space-y-3 pl-6">
              {step.decisions.map((p) => (
                <li key={p.id} data-decision={p.id}>
                  <strong>{p.title}</strong>
                  <ul className="list-[circle] space-y-2 pl-6">
                    {p.branches.map((b) => (
                      <li key={b.id} data-branch={b.id}>
                        {t('list.branch', { label: b.label, count: b.fits.length + b.check.length })}
                        <ul className="list-disc pl-6">
                          <li data-verdict="fits">{t('list.fits', { names: b.fits.length ? name(b.fits) : t('list.none') })}</li>
                          {b.check.length > 0 && <li data-verdict="check">{t('check', { names: name(b.check) })}</li>}
                          {b.out.length > 0 && <li data-verdict="out">{t('out', { names: name(b.out) })}</li>}
                        </ul>
                      </li>
                    ))}
                  </ul>
                  {p.silent.length > 0 && <p className="text-base text-slate-700">{t('list.silent', { names: name(p.silent) })}</p>}
                </li>
              ))}
            </ul>
          )}
          {stepNotes(step, data).length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {stepNotes(step, data).map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          {data.edges.some((e) => e.from === step.id) && (
            <>
              <p className="mt-2">{t('list.then')}</p>
              <ul className="list-disc pl-6">
                {data.edges
                  .filter((e) => e.from === step.id)
                  .map((e) => (
                    <li key={e.to}>{edgeText(e, data.steps, locale)}</li>
                  ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
