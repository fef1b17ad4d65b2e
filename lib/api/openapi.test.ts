import { describe, expect, it } from 'vitest';
import { BENEFITS } from '@/lib/answers/schema';
import { openApiDocument } from '@/lib/api/openapi';

describe('GET /api/v1/openapi.json document', () => {
  const doc = openApiDocument('1.0.0');
  const schemas = doc.components.schemas as Record<string, any>;

  it('is OpenAPI 3.1 with the advice and catalogue paths', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(['/api/v1/advice', '/api/v1/catalogue']);
    expect(Object.keys(doc.paths['/api/v1/advice'].post.responses)).toEqual(['200', '400', '413', '415', '422']);
  });

  it('derives the request schema from zod: enums, bounds and strictness follow the code', () => {
    const situation = schemas.AdviceRequest.properties.situation;
    expect(situation.properties.benefit.enum).toEqual([...BENEFITS]);
    expect(situation.properties.age).toMatchObject({ type: 'integer', minimum: 15, maximum: 70 });
    expect(situation.additionalProperties).toBe(false);
    expect(situation.required).toEqual(['condition', 'severity', 'age', 'work', 'benefit', 'care']);
  });

  it('describes the advice and the catalogue', () => {
    expect(schemas.Advice.required).toEqual(['route', 'recommended', 'conditional', 'notSuitable', 'signals', 'catalogue']);
    expect(schemas.Catalogue.properties.routes.items.properties.eligibility).toBeDefined();
  });
});
