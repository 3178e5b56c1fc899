import type { APIRoute } from 'astro';
import { measuresJsonSchema } from '../../schemas/measure-record.ts';

/** `/data/measures.schema.json`: the JSON Schema of `/data/measures.json`. */
export const GET: APIRoute = ({ site }) => {
  const schema = measuresJsonSchema(new URL('/data/measures.schema.json', site).href);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
