import { requestLocale } from '@/lib/i18n/server';
import { currentSummary } from '@/lib/intake/current-summary';
import { readSession } from '@/lib/journey/cookie';

export const dynamic = 'force-dynamic';

/** The intake summary as a .txt download, from the device's own cookie; nothing is kept. */
export async function GET() {
  const { session } = await readSession();
  return new Response(currentSummary(session, await requestLocale()), {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': 'attachment; filename="intake-routewijzer-werk.txt"',
      'Cache-Control': 'no-store',
    },
  });
}
