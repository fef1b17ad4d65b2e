import { getTranslations, requestLocale } from '@/lib/i18n/server';
import { currentSummary } from '@/lib/intake/current-summary';
import { MAX_NOTES, notesFromRequest } from '@/lib/intake/notes';
import { readSession } from '@/lib/journey/cookie';
import { readMeeting } from '@/lib/meeting/cookie';

export const dynamic = 'force-dynamic';

async function download(notes: string): Promise<Response> {
  const [{ session }, meeting, locale] = await Promise.all([readSession(), readMeeting(), requestLocale()]);
  return new Response(currentSummary(session, meeting, locale, notes), {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': 'attachment; filename="intake-routewijzer-werk.txt"',
      'Cache-Control': 'no-store',
    },
  });
}

/** The intake summary as a .txt download, from the device's own cookies; nothing is kept. */
export async function GET() {
  return download('');
}

/** The same, with the klantmanager's notes from the summary page's form (never stored). */
export async function POST(request: Request) {
  const read = await notesFromRequest(request);
  if (!read.ok) {
    const [t, locale] = await Promise.all([getTranslations('intake.summaryPage'), requestLocale()]);
    return new Response(t(`notesError.${read.status}`, { max: MAX_NOTES.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB') }), {
      status: read.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  return download(read.notes);
}
