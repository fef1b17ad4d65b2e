import { z } from 'zod';
import { adviceRequestSchema } from '@/lib/answers/schema';
import { catalogueMetaSchema, factOrUnknownSchema, helpLineSchema, KINDS, publicSourceSchema, routeSchema, type Catalogue } from '@/lib/catalogue/schema';
import { SIGNAL_IDS } from '@/lib/engine/signals';
import { ACTION_IDS, DECISION_RULES, LIMITS, THEN_WHEN } from '@/lib/engine/route';
import { ASK_AT } from '@/lib/catalogue/schema';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { MAX_BODY_BYTES, postAdvice, type AdviceAnswer } from '@/lib/api/advice-handler';
import { PEOPLE } from '@/tests/support/personas';

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
const companionSchema = z.strictObject({ id: z.string(), why: z.string(), say: z.string().describe('What the person can say to ask for it.') });

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
    instruments: z.array(companionSchema).max(LIMITS.instruments).describe('What an employer, gemeente or UWV can arrange around a job (catalogue kind instrument); only when the goal is work.'),
    safetyNets: z.array(companionSchema).max(LIMITS.safetyNets).describe('Rules that protect a benefit while trying work (kind safety-net); when income is a worry, with dagbesteding, or beside a stepwise route.'),
    askAbout: z.array(companionSchema).max(LIMITS.askAbout).describe('Evidence-based kinds of help without a named provider, to ask for (kind kind-of-help).'),
    checkFirst: z.array(z.strictObject({ text: z.string(), askAt: z.enum(ASK_AT) })).max(LIMITS.checkFirst),
  })
  .describe('One first step, 0-2 steps after it, 0-3 alternatives, 0-2 tools alongside, companions that are not routes (instruments, a safety net, kinds of help to ask for), and what to check first. No id appears twice; no route in it is in notSuitable. In a crisis the first step is crisis-help and the rest is empty.');

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

/*
 * Every schema with a name here is one entry in components.schemas and is referenced by $ref
 * wherever it occurs, so nothing is inlined twice. Two registries, because the request is
 * described as zod parses it (io: input) and the answers as the API writes them (io: output).
 * The plan file is not exchanged through this API: its schema is served by GET /plan-schema and
 * is not repeated here.
 */
const outputSchemas = {
  Advice: adviceResponseSchema,
  RecommendedRoute: recommendedRouteSchema,
  RouteAdvice: routeAdviceSchema,
  Reason: reasonSchema,
  Signal: signalSchema,
  Error: errorResponseSchema,
  Catalogue: catalogueResponseSchema,
  CatalogueMeta: catalogueMetaSchema,
  Seed: catalogueMetaSchema.shape.seeds.valueType,
  CatalogueRoute: routeSchema,
  FactOrUnknown: factOrUnknownSchema,
  PublicSource: publicSourceSchema,
  HelpLine: helpLineSchema,
} satisfies Record<string, z.ZodType>;

const inputSchemas = {
  AdviceRequest: adviceRequestSchema,
} satisfies Record<string, z.ZodType>;

/**
 * z.record(z.enum([...]), v) is exhaustive in zod 4: every key is required. z.toJSONSchema writes
 * that as propertyNames + additionalProperties + required, which leaves the required keys
 * without a definition (Redocly: no-required-schema-properties-undefined). The same constraint,
 * said with properties: each key defined, no others allowed.
 */
function exhaustiveRecordsAsProperties({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodTypes; jsonSchema: z.core.JSONSchema.BaseSchema }) {
  if (zodSchema._zod.def.type !== 'record') return;
  const keys = (jsonSchema.propertyNames as { enum?: unknown[] } | undefined)?.enum;
  const value = jsonSchema.additionalProperties;
  if (!keys || !keys.every((k): k is string => typeof k === 'string') || typeof value !== 'object') return;
  jsonSchema.properties = Object.fromEntries(keys.map((k) => [k, value]));
  jsonSchema.required = keys;
  jsonSchema.additionalProperties = false;
  delete jsonSchema.propertyNames;
}

function components(schemas: Record<string, z.ZodType>, io: 'input' | 'output') {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, {
    io,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
    override: exhaustiveRecordsAsProperties,
  }).schemas;
  return Object.fromEntries(
    Object.entries(out).map(([id, { $schema: _s, $id: _i, ...rest }]) => [id, rest as Record<string, unknown>]),
  );
}

const ref = (id: keyof typeof outputSchemas | keyof typeof inputSchemas) => ({ $ref: `#/components/schemas/${id}` });

/* ---------- examples: real answers, computed when the document is made ---------- */

/** The persona whose request and advice are the example of POST /advice (tests/support/personas.ts). */
export const EXAMPLE_PERSONA = 'epaDimenceEnschede' satisfies keyof typeof PEOPLE;

/**
 * Each error the handler gives, with the request that causes it. The bodies in the document are
 * what answerAdvice answers to these requests.
 */
const errorCases = (persona: unknown) => {
  const valid = JSON.stringify(persona);
  const badMunicipality = structuredClone(persona) as { situation: { municipality?: string } };
  badMunicipality.situation.municipality = '0000';
  return {
    '400': { summary: 'The body is not JSON', request: () => postAdvice('{"situation": ') },
    '403': { summary: 'A browser page on another site posts here', request: () => postAdvice(valid, { 'sec-fetch-site': 'cross-site', origin: 'https://elders.example' }) },
    '413': { summary: `A body over ${MAX_BODY_BYTES} bytes`, request: () => postAdvice(JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES) })) },
    '415': { summary: 'A body sent as text/plain', request: () => postAdvice(valid, { 'content-type': 'text/plain' }) },
    '422': { summary: 'A municipality code that does not exist', request: () => postAdvice(JSON.stringify(badMunicipality)) },
  } as const;
};

export type ErrorStatus = keyof ReturnType<typeof errorCases>;

/** The examples in the document, computed from the engine and the handler. */
export async function apiExamples(catalogue: Catalogue = getCatalogue('nl')) {
  const request = PEOPLE[EXAMPLE_PERSONA];
  const advice = advise(request, catalogue, 'nl');
  const errors = {} as Record<ErrorStatus, { summary: string; value: unknown }>;
  for (const [status, c] of Object.entries(errorCases(request)) as [ErrorStatus, { summary: string; request: () => Promise<AdviceAnswer> }][]) {
    const res = await c.request();
    if (String(res.status) !== status) throw new Error(`the ${status} example got ${res.status}`);
    errors[status] = { summary: c.summary, value: JSON.parse(res.body) };
  }
  const catalogueExcerpt = {
    meta: catalogue.meta,
    routes: catalogue.routes.slice(0, 1),
    publicSources: catalogue.publicSources.slice(0, 2),
    help: catalogue.help.slice(0, 1),
    arbeidsmarktregios: catalogue.regions.arbeidsmarktregios.slice(0, 3),
  };
  return { request, advice, errors, catalogueExcerpt };
}

/* ---------- the document ---------- */

/**
 * info.license. The repository names no licence (package.json is private, there is no LICENSE
 * file), so the document says so rather than inventing one (an SPDX LicenseRef, as OpenAPI
 * 3.1 allows); the owner replaces this when a licence is chosen.
 */
export const API_LICENSE = { name: 'No licence chosen yet (all rights reserved)', identifier: 'LicenseRef-all-rights-reserved' };

const json = (schema: object, examples?: Record<string, { summary: string; description?: string; value: unknown }>) => ({
  'application/json': { schema, ...(examples ? { examples } : {}) },
});

const errorResponse = (description: string, example: { summary: string; value: unknown }) => ({
  description,
  content: json(ref('Error'), { [(example.value as { error: string }).error]: example }),
});

/** Node answers this before the app sees the request (server.mjs, maxHeaderSize), for every operation. */
const headersTooLarge = { $ref: '#/components/responses/HeadersTooLarge' };

export async function openApiDocument(catalogue: Catalogue = getCatalogue('nl')) {
  const ex = await apiExamples(catalogue);
  const personaExample = (value: unknown) => ({
    [EXAMPLE_PERSONA]: {
      summary: 'Severe complaints, specialist care at Dimence for over a year, bijstand, Enschede; wants paid work fast',
      description: `The persona ${EXAMPLE_PERSONA} of tests/support/personas.ts. Computed by the engine when this document was made; a unit test checks it still is its answer.`,
      value,
    },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Routewijzer werk API',
      version: catalogue.meta.version,
      description:
        'Advice on routes to work for people with mental-health complaints, computed from the answers in the request. Nothing you send is stored or logged. The API has no authentication. Breaking changes get a new path prefix (/api/v2); see docs/api.md.',
      license: API_LICENSE,
    },
    servers: [{ url: '/api/v1', description: 'Version 1, on the host that serves this document' }],
    security: [],
    tags: [
      { name: 'advice', description: 'Advice for one situation and wish' },
      { name: 'reference', description: 'The catalogue and the schemas the advice rests on' },
    ],
    paths: {
      '/advice': {
        post: {
          operationId: 'getAdvice',
          tags: ['advice'],
          summary: 'Advice for one situation and wish',
          description:
            'The same body gets the same advice as long as the catalogue version (info.version) is the same. A browser page on another site may not post here (403): call the API from your own server.',
          requestBody: { required: true, content: json(ref('AdviceRequest'), personaExample(ex.request)) },
          responses: {
            '200': { description: 'The advice', content: json(ref('Advice'), personaExample(ex.advice)) },
            '400': errorResponse('The body is not valid JSON in UTF-8 (malformed-json), or could not be read (unreadable-body)', ex.errors['400']),
            '403': errorResponse('A cross-site browser post: Sec-Fetch-Site is cross-site or same-site, or Origin names another host (cross-site)', ex.errors['403']),
            '413': errorResponse(`The body is larger than ${MAX_BODY_BYTES} bytes (payload-too-large)`, ex.errors['413']),
            '415': errorResponse('The Content-Type is not application/json (unsupported-media-type)', ex.errors['415']),
            '422': errorResponse('The JSON does not match the schema; every bad field is named, at most 20 (invalid-request)', ex.errors['422']),
            '431': headersTooLarge,
          },
        },
      },
      '/catalogue': {
        get: {
          operationId: 'getCatalogue',
          tags: ['reference'],
          summary: 'All routes, with sources',
          responses: {
            '200': {
              description: 'The catalogue',
              content: json(ref('Catalogue'), {
                excerpt: {
                  summary: 'The real catalogue, cut to its first route, two public sources, one help line and three regions',
                  value: ex.catalogueExcerpt,
                },
              }),
            },
            '431': headersTooLarge,
          },
        },
      },
      '/plan-schema': {
        get: {
          operationId: 'getPlanSchema',
          tags: ['reference'],
          summary: 'The JSON Schema of the plan file',
          description:
            'The JSON Schema (draft 2020-12) of the plan file that /plan/bestand writes and /plan/openen reads, derived from planFileSchema in lib/plan/file.ts. The plan file is not sent to or from this API, so its schema is not repeated in this document.',
          responses: {
            '200': {
              description: 'The plan file schema',
              content: { 'application/schema+json': { schema: { type: 'object', description: 'A JSON Schema (draft 2020-12) document.' } } },
            },
            '431': headersTooLarge,
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'getOpenApiDocument',
          tags: ['reference'],
          summary: 'This document',
          responses: {
            '200': { description: 'This OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } },
            '431': headersTooLarge,
          },
        },
      },
    },
    components: {
      schemas: { ...components(inputSchemas, 'input'), ...components(outputSchemas, 'output') },
      responses: {
        HeadersTooLarge: {
          description:
            'The request headers together are over 32 kB. Node answers before the app sees the request (server.mjs), without a body, and closes the connection.',
        },
      },
    },
  };
}
