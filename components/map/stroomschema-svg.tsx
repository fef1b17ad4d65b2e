import { layoutMap, NARROW, WIDE, type LayoutOptions } from '@/lib/map/layout';
import type { StroomschemaData } from '@/lib/map/stroomschema';
import { translator } from '@/lib/i18n/translator';

const fill = { step: '#f0fdf4', point: '#ffffff', end: '#f8fafc' } as const;
const stroke = { step: '#166534', point: '#475569', end: '#475569' } as const;

/** Phones get the one-column drawing, wider screens the two-column one; the other is display:none. */
export function StroomschemaPicture({ data, id }: { data: StroomschemaData; id: string }) {
  return (
    <>
      <StroomschemaSvg data={data} id={id} className="block sm:hidden" />
      <StroomschemaSvg data={data} id={`${id}-breed`} layout={WIDE} className="hidden sm:block" />
    </>
  );
}

/**
 * The whole stroomschema as one inline SVG, drawn on the server from the derived data.
 * role="img" makes the drawing one image for screen readers; its title and description
 * point to the full text version next to it (StroomschemaList). Labels are in the data's language.
 */
export function StroomschemaSvg({ data, id, layout = NARROW, className = '' }: { data: StroomschemaData; id: string; layout?: LayoutOptions; className?: string }) {
  const { width, height, shapes } = layoutMap(data, layout);
  const t = translator(data.locale, 'map');
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-titel ${id}-uitleg`}
      className={`mx-auto h-auto ${layout === WIDE ? 'max-w-[48rem]' : 'max-w-[26rem]'} ${className}`}
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
      data-testid="stroomschema-svg"
    >
      <title id={`${id}-titel`}>{t('svg.title')}</title>
      <desc id={`${id}-uitleg`}>
        {t('svg.desc', {
          steps: data.steps.filter((s) => s.number).length,
          points: data.steps.flatMap((s) => s.decisions).length,
          routes: data.routes.length,
        })}
      </desc>
      <defs>
        <marker id={`${id}-pijl`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" fill="#0f172a" />
        </marker>
      </defs>
      {shapes.map((s, i) => {
        switch (s.kind) {
          case 'rect':
            return <rect key={i} x={s.x} y={s.y} width={s.w} height={s.h} rx={6} fill={fill[s.tone]} stroke={stroke[s.tone]} strokeWidth={s.tone === 'step' ? 2 : 1.5} />;
          case 'text':
            return (
              <text key={i} x={s.x} y={s.y} fontSize={s.size} fontWeight={s.bold ? 700 : 400} fill="#0f172a">
                {s.text}
              </text>
            );
          case 'arrow':
            return <line key={i} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} stroke="#0f172a" strokeWidth={2} markerEnd={`url(#${id}-pijl)`} />;
        }
      })}
    </svg>
  );
}
