import { getTranslations } from '@/lib/i18n/server';

/**
 * Where the deploying organisation has not configured a fact (lib/site/organisation.ts): a
 * visible note that says so, never an invented value. data-not-configured lets tests find it.
 */
export async function NotConfigured({ what }: { what: string }) {
  const t = await getTranslations('about');
  return (
    <p data-not-configured className="rounded-md border-2 border-dashed border-amber-800 bg-amber-50 p-3 text-slate-900">
      {t.rich('notSet', { what, strong: (chunks) => <strong>{chunks}</strong> })}
    </p>
  );
}

/** A configured text; marked as Dutch when an English page shows the Dutch original. */
export function ConfiguredText({ value }: { value: { text: string; lang?: 'nl' } }) {
  return <span lang={value.lang}>{value.text}</span>;
}
