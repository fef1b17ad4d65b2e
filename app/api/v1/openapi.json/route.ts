import { openApiDocument } from '@/lib/api/openapi';
import { getCatalogue } from '@/lib/catalogue/load';

export function GET() {
  return Response.json(openApiDocument(getCatalogue().meta.version), {
    headers: { 'Cache-Control': 'public, max-age=3600' },
  });
}
