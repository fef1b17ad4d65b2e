import type { Route } from '@/lib/catalogue/schema';
import { evidenceLabel, figureSentence, studyTypeLabel } from '@/lib/catalogue/present';

/** What the figures say, in words first; the bar only repeats the number for the eye. */
export function Figures({ route }: { route: Route }) {
  return (
    <div>
      <p>
        <strong>{evidenceLabel[route.evidence.level]}.</strong> {route.evidence.text}
      </p>
      {route.outcomes.length === 0 ? (
        <p className="mt-2">Er zijn nog geen cijfers over deze route.</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {route.outcomes.map((o, i) => (
            <li key={i}>
              <p className="font-semibold">{figureSentence(o)}</p>
              <div aria-hidden="true" className="mt-1 h-3 w-full max-w-xs rounded bg-slate-200">
                <div className="h-3 rounded bg-green-700" style={{ width: `${o.value}%` }} />
              </div>
              <p className="mt-1 text-base text-slate-700">
                Wie: {o.population}
                {o.timeframe ? `, ${o.timeframe}` : ''}.
                {o.comparison && ` Ter vergelijking, ${o.comparison.label}: ongeveer ${Math.round(o.comparison.value)} van de 100.`}
                {` Bron: ${o.study}, ${o.year === 'unknown' ? 'jaar onbekend' : o.year}; ${studyTypeLabel[o.studyType]}${o.n ? `, ${o.n} mensen` : ''}.`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
