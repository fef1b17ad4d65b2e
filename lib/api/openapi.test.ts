import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENEFITS } from '@/lib/answers/schema';
import { postAdvice } from '@/lib/api/advice-handler';
import { adviceResponseSchema, catalogueResponseSchema, EXAMPLE_PERSONA, errorResponseSchema, openApiDocument } from '@/lib/api/openapi';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';
import { PEOPLE } from '@/tests/support/personas';

const doc = await openApiDocument();
const schemas = doc.components.schemas as Record<string, any>;
const advicePost = doc.paths['/advice'].post;
const committed = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../docs/openapi.json'), 'utf8'));

describe('GET /api/v1/openapi.json document', () => {
  it('is OpenAPI 3.1 with every operation, an operationId each, no authentication and a relative server', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.security).toEqual([]);
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/api/v1' })]);
    expect(Object.keys(doc.paths)).toEqual(['/advice', '/catalogue', '/plan-schema', '/openapi.json']);
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((op) => (op as { operationId: string }).operationId));
    expect(ids).toEqual(['getAdvice', 'getCatalogue', 'getPlanSchema', 'getOpenApiDocument']);
  });

  it('documents every status the advice handler gives, with its body', () => {
    expect(Object.keys(advicePost.responses)).toEqual(['200', '400', '403', '413', '415', '422', '431']);
    const handler = readFileSync(path.resolve(import.meta.dirname, 'advice-handler.ts'), 'utf8');
    // 405 answers a method other than POST: no operation of the document, so not among POST's responses.
    const given = [...handler.matchAll(/jsonError\((\d{3}),/g)].map((m) => m[1]).filter((status) => status !== '405');
    expect(given).toEqual(['403', '415', '400', '413', '400', '422']);
    for (const status of given) expect(advicePost.responses).toHaveProperty(status!);
  });

  it('derives the request schema from zod: enums, bounds and strictness follow the code', () => {
    const situation = schemas.AdviceRequest.properties.situation;
    expect(situation.properties.benefit.enum).toEqual([...BENEFITS]);
    expect(situation.properties.age).toMatchObject({ type: 'integer', minimum: 15, maximum: 70 });
    expect(situation.additionalProperties).toBe(false);
    expect(situation.required).toEqual(['condition', 'severity', 'age', 'work', 'benefit', 'care']);
  });

  it('describes the advice and the catalogue, each shared schema once, by reference', () => {
    expect(schemas.Advice.required).toEqual(['route', 'recommended', 'conditional', 'notSuitable', 'signals', 'catalogue']);
    expect(schemas.Advice.properties.recommended.items).toEqual({ $ref: '#/components/schemas/RouteAdvice' });
    expect(schemas.Advice.properties.route).toEqual({ $ref: '#/components/schemas/RecommendedRoute' });
    expect(schemas.Catalogue.properties.routes.items).toEqual({ $ref: '#/components/schemas/CatalogueRoute' });
    expect(schemas.CatalogueRoute.properties.eligibility).toBeDefined();
    // Outside components/schemas, each schema appears only as a $ref.
    const text = JSON.stringify(doc.paths);
    expect(text).not.toContain('"additionalProperties"');
  });

  it('writes the exhaustive seeds record with every required key defined', () => {
    const seeds = schemas.CatalogueMeta.properties.seeds;
    expect(seeds.required).toEqual(['000', '001', '002', '003', '004']);
    for (const key of seeds.required) expect(seeds.properties[key]).toEqual({ $ref: '#/components/schemas/Seed' });
    expect(seeds.additionalProperties).toBe(false);
    expect(seeds.propertyNames).toBeUndefined();
  });

  it('is what docs/openapi.json holds (npm run api:generate)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});

describe('the examples are real answers', () => {
  const json = (content: any) => content['application/json'].examples;
  const requestExample = json(advicePost.requestBody.content)[EXAMPLE_PERSONA].value;
  const adviceExample = json(advicePost.responses['200'].content)[EXAMPLE_PERSONA].value;

  it('the request is the persona and the response is the engine’s advice for it', () => {
    expect(requestExample).toEqual(PEOPLE[EXAMPLE_PERSONA]);
    const fresh = JSON.parse(JSON.stringify(advise(PEOPLE[EXAMPLE_PERSONA], getCatalogue('nl'), 'nl')));
    expect(adviceExample).toEqual(fresh);
    expect(adviceExample).toEqual(adviceResponseSchema.parse(adviceExample));
  });

  it('the committed examples are what the API answers now, over the handler', async () => {
    const res = await postAdvice(JSON.stringify(requestExample));
    expect(res.status).toBe(200);
    const committedPost = committed.paths['/advice'].post;
    expect(JSON.parse(res.body)).toEqual(json(committedPost.responses['200'].content)[EXAMPLE_PERSONA].value);
  });

  it('each error example is a valid error body with the status’s code', () => {
    const codes: Record<string, string> = { '400': 'malformed-json', '403': 'cross-site', '413': 'payload-too-large', '415': 'unsupported-media-type', '422': 'invalid-request' };
    for (const [status, code] of Object.entries(codes)) {
      const examples = json((advicePost.responses as Record<string, any>)[status].content);
      expect(Object.keys(examples)).toEqual([code]);
      expect(errorResponseSchema.parse(examples[code].value).error).toBe(code);
    }
  });

  it('the catalogue example is an excerpt of the real catalogue', () => {
    const excerpt = json(doc.paths['/catalogue'].get.responses['200'].content).excerpt.value;
    catalogueResponseSchema.parse(excerpt);
    const c = getCatalogue('nl');
    expect(excerpt.meta).toEqual(c.meta);
    expect(excerpt.routes).toEqual(c.routes.slice(0, 1));
  });
});
