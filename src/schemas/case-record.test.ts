import { describe, expect, it } from 'vitest';
import { casesJsonSchema } from './case-record.ts';
import { documentedCaseFields as documentedFields, documentedFigureFields } from './__fixtures__/documented-fields.ts';

interface ObjectSchema {
  properties: Record<string, { items?: ObjectSchema }>;
  required: string[];
  additionalProperties?: unknown;
}

const schema = casesJsonSchema('https://example.org/data/cases.schema.json') as {
  type: string;
  $id: string;
  items: ObjectSchema;
};

describe('cases.schema.json', () => {
  it('is an array schema with its own URL', () => {
    expect(schema.type).toBe('array');
    expect(schema.$id).toBe('https://example.org/data/cases.schema.json');
  });

  it('declares and requires every documented case field', () => {
    expect(Object.keys(schema.items.properties)).toEqual(expect.arrayContaining(documentedFields));
    expect(schema.items.required).toEqual(expect.arrayContaining(documentedFields));
  });

  it('declares and requires every documented figure field', () => {
    const figure = schema.items.properties['figures']?.items;
    expect(figure?.required).toEqual(expect.arrayContaining(documentedFigureFields));
  });

  it('lets later versions add fields without breaking readers of this schema', () => {
    expect(schema.items.additionalProperties).not.toBe(false);
  });
});
