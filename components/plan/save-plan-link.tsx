import { getTranslations, localHref } from '@/lib/i18n/server';

/**
 * Saves the plan as a JSON file on the person's own device (GET /plan/bestand). A server
 * component: the link text is in the page's language; the file is the same in every language.
 */
export async function SavePlanLink({ className = 'btn-secondary' }: { className?: string }) {
  const t = await getTranslations('planFile');
  return (
    <a href={await localHref('/plan/bestand')} download id="bewaar-plan" className={className}>
      {t('save')}
    </a>
  );
}
