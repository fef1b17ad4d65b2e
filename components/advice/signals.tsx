import Link from '@/components/common/link';
import type { Signal } from '@/lib/engine/signals';
import { getTranslations } from '@/lib/i18n/server';

/** Signals before the routes; crisis first and in red, the gaps as concrete steps. Pass signals in the request's language. */
export async function Signals({ signals, folded = false }: { signals: Signal[]; folded?: boolean }) {
  if (signals.length === 0) return null;
  const t = await getTranslations('advice.signals');
  if (folded) {
    // Below the route, each signal is one tap away: its title says what it is about.
    return (
      <div className="mt-3 space-y-2">
        {signals.map((s) => (
          <details key={s.id} id={`signaal-${s.id}`} className="rounded-md border-2 border-sky-800 bg-sky-50 p-3">
            <summary id={`signaal-${s.id}-titel`} className="font-semibold">
              {s.title}
            </summary>
            <p className="mt-2">{s.text}</p>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {s.actions.map((a, i) => (
                <li key={i}>{a}</li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    );
  }
  return (
    <div className="mt-6 space-y-4">
      {signals.map((s) => (
        <section
          key={s.id}
          id={`signaal-${s.id}`}
          aria-labelledby={`signaal-${s.id}-titel`}
          className={s.id === 'crisis' ? 'rounded-md border-4 border-red-700 p-4' : 'rounded-md border-2 border-sky-800 bg-sky-50 p-4'}
        >
          <h2 id={`signaal-${s.id}-titel`} className="text-xl">
            {s.title}
          </h2>
          <p className="mt-1">{s.text}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {s.actions.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
          {s.id === 'crisis' && (
            <p className="mt-2">
              <Link href="/hulp">{t('allHelp')}</Link>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
