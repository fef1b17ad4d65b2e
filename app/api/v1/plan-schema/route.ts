import { planJsonSchema } from '@/lib/plan/file';

export const dynamic = 'force-static';

/** The JSON Schema of the plan file (version 2), derived from its zod schema. */
export function GET() {
  return Response.json(planJsonSchema(), { headers: { 'Content-Type': 'application/schema+json' } });
}
