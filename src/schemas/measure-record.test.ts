import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildMeasureIndex } from '../utils/measure-index.ts';
import { toMeasureRecord } from '../utils/measure-record.ts';
import { measuresJsonSchema } from './measure-record.ts';

/**
 * The fields `/data/measures.json` promises (README, “公开数据”). Public data changes only by
 * adding: these lists may grow, never shrink.
 */
const documentedFields = [
  'id',
  'name',
  'aliases',
  'synonyms',
  'narrower',
  'category',
  'definition',
  'related',
  'cases',
];
const documentedCaseFields = ['id', 'passages'];

interface ObjectSchema {
  properties: Record<string, { items?: ObjectSchema }>;
  required: string[];
  additionalProperties?: unknown;
}

const schema = measuresJsonSchema('https://example.org/data/measures.schema.json') as {
  type: string;
  $id: string;
  items: ObjectSchema;
};

describe('measures.schema.json', () => {
  it('is an array schema with its own URL', () => {
    expect(schema.type).toBe('array');
    expect(schema.$id).toBe('https://example.org/data/measures.schema.json');
  });

  it('declares and requires every documented measure field and case field', () => {
    expect(Object.keys(schema.items.properties)).toEqual(expect.arrayContaining(documentedFields));
    expect(schema.items.required).toEqual(expect.arrayContaining(documentedFields));
    expect(schema.items.properties['cases']?.items?.required).toEqual(expect.arrayContaining(documentedCaseFields));
  });

  it('lets later versions add fields', () => {
    expect(schema.items.additionalProperties).not.toBe(false);
  });

  it('accepts the records the site publishes, and rejects one missing a field', () => {
    const measure = {
      id: 'dual-communication',
      data: {
        name: '双沟通',
        aliases: ['双沟通会', '企业沟通会'],
        synonyms: ['双沟通会'],
        narrower: ['企业沟通会'],
        category: 'organizing',
        definition: '……',
        related: [],
      },
    };
    const usage = buildMeasureIndex(
      [
        {
          id: 'beijing-a',
          title: '首都',
          region: 'beijing',
          year: 2018,
          figures: [],
          body: '<P id="p-1" measures="dual-communication">双沟通</P>',
        },
      ],
      ['dual-communication'],
      [],
    ).get('dual-communication');
    const record = toMeasureRecord(measure, usage, () => '组织建设与建会入会');
    expect(record).toEqual({
      id: 'dual-communication',
      name: '双沟通',
      aliases: ['双沟通会', '企业沟通会'],
      synonyms: ['双沟通会'],
      narrower: ['企业沟通会'],
      category: '组织建设与建会入会',
      definition: '……',
      related: [],
      cases: [{ id: 'beijing-a', passages: ['p-1'] }],
    });
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate([record])).toBe(true);
    const { aliases: _dropped, ...withoutAliases } = record;
    expect(validate([withoutAliases])).toBe(false);
  });
});
