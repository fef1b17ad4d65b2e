import { localePath } from '@/lib/i18n/locale';
import { requestLocale } from '@/lib/i18n/server';
import { filterCookieHeader, filtersFromForm, type RawFilters } from '@/lib/map/filter-cookie';

export const dynamic = 'force-dynamic';

/**
 * The /aanbod filter form posts here: the values go into a short-lived cookie (never the URL,
 * see lib/map/filter-cookie.ts) and the browser goes back to the list with a 303. Checking
 * the values is the page's work (parseFilters), so a bad value is shown there with its
 * message, next to what was typed. "Wis de filters" posts `wis`. A body that is not a form
 * changes nothing and says so.
 */
export async function POST(request: Request) {
  const locale = await requestLocale();
  let raw: RawFilters;
  try {
    const form = await request.formData();
    raw = form.has('wis') ? {} : filtersFromForm(form);
  } catch {
    return new Response(locale === 'en' ? 'This is not the filter form.' : 'Dit is niet het zoekformulier.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  const secure = request.headers.get('x-forwarded-proto') === 'https';
  return new Response(null, {
    status: 303,
    headers: { Location: localePath(locale, '/aanbod'), 'Cache-Control': 'no-store', 'Set-Cookie': filterCookieHeader(raw, secure) },
  });
}
