import type { APIRoute } from 'astro';
import { passagesJsonSchema } from '../../schemas/passage-file.ts';

/** `/data/passages.schema.json`: the JSON Schema of each `/data/passages/<id>.json`. */
export const GET: APIRoute = ({ site }) => {
  const schema = passagesJsonSchema(new URL('/data/passages.schema.json', site).href);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
