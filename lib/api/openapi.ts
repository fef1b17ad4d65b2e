import { z } from 'zod';
import { adviceRequestSchema } from '@/lib/answers/schema';
import { catalogueMetaSchema, helpLineSchema, KINDS, publicSourceSchema, routeSchema } from '@/lib/catalogue/schema';
import { SIGNAL_IDS } from '@/lib/engine/signals';
import { ACTION_IDS, DECISION_RULES, LIMITS, THEN_WHEN } from '@/lib/engine/route';
import { ASK_AT } from '@/lib/catalogue/schema';

/*
 * The API's response shapes as zod schemas, and the OpenAPI document derived from them
 * with z.toJSONSchema. Tests parse real engine output with these schemas, so the document
 * cannot drift from what the API returns.
 */

export const reasonSchema = z.strictObject({
  type: z.enum(['fits', 'check', 'against']),
  text: z.string(),
  answers: z.array(z.string()),
  sources: z.array(z.string()),
});

export const routeAdviceSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(KINDS),
  group: z.enum(['recommended', 'conditional', 'notSuitable']),
  rank: z.number().int().positive().optional(),
  score: z.number(),
  reasons: z.array(reasonSchema),
});

export const signalSchema = z.strictObject({
  id: z.enum(SIGNAL_IDS),
  title: z.string(),
  text: z.string(),
  actions: z.array(z.string()),
  answers: z.array(z.string()),
  sources: z.array(z.string()),
  routes: z.array(z.string()).optional(),
});

const whySchema = z.strictObject({ text: z.string(), answers: z.array(z.string()), sources: z.array(z.string()) });

/** The recommended route (lib/engine/route.ts; the decision order is in docs/decision-order.md). */
export const recommendedRouteSchema = z
  .strictObject({
    rule: z.enum(DECISION_RULES).describe('The branch of the decision order that chose the first step.'),
    firstStep: z.strictObject({
      type: z.enum(['route', 'action']),
      id: z.string().describe(`A route id from the catalogue, or an action: ${ACTION_IDS.join(', ')}.`),
      title: z.string(),
      why: z.array(whySchema).min(1).max(LIMITS.why),
      howToStart: z.string(),
    }),
    then: z.array(z.strictObject({ id: z.string(), when: z.enum(THEN_WHEN), whenText: z.string() })).max(LIMITS.then),
    alternatives: z.array(z.strictObject({ id: z.string(), tradeOff: z.string() })).max(LIMITS.alternatives),
    alongside: z.array(z.strictObject({ id: z.string(), why: z.string() })).max(LIMITS.alongside),
    checkFirst: z.array(z.strictObject({ text: z.string(), askAt: z.enum(ASK_AT) })).max(LIMITS.checkFirst),
  })
  .describe('One first step, 0-2 steps after it, 0-3 alternatives, 0-2 tools alongside, and what to check first. No id appears twice; no route in it is in notSuitable. In a crisis the first step is crisis-help and the rest is empty.');

export const adviceResponseSchema = z.strictObject({
  route: recommendedRouteSchema,
  recommended: z.array(routeAdviceSchema),
  conditional: z.array(routeAdviceSchema),
  notSuitable: z.array(routeAdviceSchema),
  signals: z.array(signalSchema),
  location: z.strictObject({ municipality: z.string(), name: z.string(), arbeidsmarktregio: z.string() }).optional(),
  catalogue: z.strictObject({ version: z.string(), date: z.string() }),
});

export const errorResponseSchema = z.strictObject({
  error: z.string(),
  errors: z.array(z.strictObject({ path: z.string(), message: z.string() })).max(20),
  omitted: z.number().int().positive().optional().describe('How many more field errors there were than the 20 listed.'),
});

export const catalogueResponseSchema = z.strictObject({
  meta: catalogueMetaSchema,
  routes: z.array(routeSchema),
  publicSources: z.array(publicSourceSchema),
  help: z.array(helpLineSchema),
  arbeidsmarktregios: z.array(z.string()),
});

const json = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

const errorContent = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Routewijzer werk API',
      version,
      description:
        'Advice on routes to work for people with mental-health complaints, computed from the answers in the request. Nothing you send is stored or logged.',
    },
    paths: {
      '/api/v1/advice': {
        post: {
          summary: 'Advice for one situation and wish',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/AdviceRequest' } } } },
          responses: {
            '200': { description: 'The advice', content: { 'application/json': { schema: { $ref: '#/components/schemas/Advice' } } } },
            '400': errorContent('The body is not valid JSON'),
            '413': errorContent('The body is larger than 64 kB'),
            '415': errorContent('The Content-Type is not application/json'),
            '422': errorContent('The JSON does not match the schema; every bad field is named'),
          },
        },
      },
      '/api/v1/catalogue': {
        get: {
          summary: 'All routes, with sources',
          responses: { '200': { description: 'The catalogue', content: { 'application/json': { schema: { $ref: '#/components/schemas/Catalogue' } } } } },
        },
      },
    },
    components: {
      schemas: {
        AdviceRequest: json(adviceRequestSchema, 'input'),
        Advice: json(adviceResponseSchema, 'output'),
        Error: json(errorResponseSchema, 'output'),
        Catalogue: json(catalogueResponseSchema, 'output'),
      },
    },
  };
}
