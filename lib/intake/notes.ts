/*
 * The klantmanager's notes on the intake summary (issue 16). They are typed on the summary page
 * and travel only in the request that makes the text file (or in the browser's copy and
 * print): never stored, never logged, never in a cookie or a URL.
 */

/** Characters, as a browser's maxlength counts them: a page of notes, far more than a case note needs. */
export const MAX_NOTES = 20_000;

export const NOTES_FIELD = 'notities';

export type NotesResult = { ok: true; notes: string } | { ok: false; status: 400 | 413 | 415 };

const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;.*)?$/i;

/** Reads the notes from the summary page's form; a request of another shape changes nothing and gets a 4xx. */
export async function notesFromRequest(request: Request): Promise<NotesResult> {
  if (!FORM_TYPE.test((request.headers.get('content-type') ?? '').trim())) return { ok: false, status: 415 };
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return { ok: false, status: 400 };
  }
  const value = form.get(NOTES_FIELD) ?? '';
  if (typeof value !== 'string') return { ok: false, status: 400 };
  if (value.length > MAX_NOTES) return { ok: false, status: 413 };
  return { ok: true, notes: value };
}
