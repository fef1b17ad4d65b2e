import { getCatalogue } from '@/lib/catalogue/load';

export function GET() {
  // The public API answers in Dutch (DEVELOPERS.md, Two languages).
  const c = getCatalogue('nl');
  const body = {
    meta: c.meta,
    routes: c.routes,
    publicSources: c.publicSources,
    help: c.help,
    arbeidsmarktregios: c.regions.arbeidsmarktregios,
  };
  return Response.json(body, { headers: { 'Cache-Control': 'public, max-age=3600' } });
}
