/*
 * Runs once when the server starts (Next's instrumentation hook). Checks the deploying
 * organisation's configuration (lib/site/organisation.ts) so that a wrong value stops the
 * server with a message naming the variable, instead of failing on the first page that shows it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { organisation, OrganisationConfigError } = await import('@/lib/site/organisation');
  try {
    organisation();
  } catch (err) {
    if (!(err instanceof OrganisationConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}
