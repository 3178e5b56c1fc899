import type { APIRoute } from 'astro';
import { caseRecords, loadArchive } from '../../utils/archive.ts';

/** `/data/cases.json`: every case (schema: `/data/cases.schema.json`). */
export const GET: APIRoute = async ({ site }) => {
  const records = caseRecords(await loadArchive(), site!);
  return new Response(`${JSON.stringify(records, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
