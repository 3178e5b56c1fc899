import type { APIRoute } from 'astro';
import { casesJsonSchema } from '../../schemas/case-record.ts';

/** `/data/cases.schema.json`: the JSON Schema of `/data/cases.json`. */
export const GET: APIRoute = ({ site }) => {
  const schema = casesJsonSchema(new URL('/data/cases.schema.json', site).href);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
