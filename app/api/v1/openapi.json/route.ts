import { openApiDocument } from '@/lib/api/openapi';

/** Made once per server process: its examples run the engine and the handler (lib/api/openapi.ts). */
let document: ReturnType<typeof openApiDocument> | undefined;

export async function GET() {
  document ??= openApiDocument().catch((error: unknown) => {
    document = undefined;
    throw error;
  });
  return Response.json(await document, {
    headers: { 'Cache-Control': 'public, max-age=3600' },
  });
}
