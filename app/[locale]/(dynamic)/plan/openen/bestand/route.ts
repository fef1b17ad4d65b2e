import { getCatalogue } from '@/lib/catalogue/load';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { requestLocale } from '@/lib/i18n/server';
import { writeSession } from '@/lib/journey/cookie';
import { encodeSession } from '@/lib/journey/session';
import { meetingFits } from '@/lib/meeting/codec';
import { clearMeeting, writeMeeting } from '@/lib/meeting/cookie';
import { fromPlanFile, MAX_PLAN_BYTES, parsePlanFile, type PlanFileError } from '@/lib/plan/file';
import { planErrorCookie, planErrorQuery } from '@/lib/plan/error-query';
import { planSecret } from '@/lib/plan/signature';

export const dynamic = 'force-dynamic';

/** Room for the multipart envelope around a file of the largest size we accept. */
const ENVELOPE = 16 * 1024;

/** A 303 to a page in the form's language. */
const see = (locale: Locale, path: string) => new Response(null, { status: 303, headers: { Location: localePath(locale, path), 'Cache-Control': 'no-store' } });

/**
 * Opens a plan file: reads it once, checks it, and puts the journey back on the person's
 * device as cookies. The file is not kept and nothing of it is logged. Any problem sends
 * the person back to the form with a message; what the device held before is unchanged.
 * The file is the same in every language; only the pages it leads to follow the form's.
 */
export async function POST(request: Request) {
  const locale = await requestLocale();
  const refuse = (e: PlanFileError) => {
    const res = see(locale, `/plan/openen?${planErrorQuery(e)}`);
    res.headers.append('Set-Cookie', planErrorCookie(e, localePath(locale, '/plan/openen')));
    return res;
  };
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_PLAN_BYTES + ENVELOPE) return refuse({ code: 'too-large', bytes: length });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse({ code: 'empty' });
  }
  const file = form.get('plan');
  if (!(file instanceof File) || file.size === 0) return refuse({ code: 'empty' });
  if (file.size > MAX_PLAN_BYTES) return refuse({ code: 'too-large', bytes: file.size });
  const parsed = parsePlanFile(await file.text(), new Set(getCatalogue('nl').routes.map((r) => r.id)));
  if (!parsed.ok) return refuse(parsed.error);

  // Consent in the file counts as recorded only if this deployment signed the file as it is.
  const { session, meeting } = fromPlanFile(parsed.plan, planSecret());
  // Check both fit in their cookies before writing either: a refused file changes nothing.
  try {
    encodeSession(session);
  } catch {
    return refuse({ code: 'invalid', fields: ['journey'] });
  }
  // A meeting the forms made always fits (lib/meeting/codec.ts); one edited by hand may not.
  if (meeting && !meetingFits(meeting)) return refuse({ code: 'invalid', fields: ['meeting'] });
  await writeSession(session);
  if (meeting) await writeMeeting(meeting);
  else await clearMeeting();
  const params = new URLSearchParams({ geopend: '1' });
  if (parsed.migratedFrom) params.set('gemigreerd', '1');
  return see(locale, `${session.context.chosenRoute ? '/evaluatie' : '/advies'}?${params}`);
}
