import type { APIRoute } from 'astro';
import { caseRecords, loadArchive } from '../../utils/archive.ts';
import { casesCsv } from '../../utils/case-csv.ts';

/** `/data/cases.csv`: the cases as a spreadsheet (columns: `/data/cases.csv-metadata.json`). */
export const GET: APIRoute = async ({ site }) => {
  const records = caseRecords(await loadArchive(), site!);
  return new Response(casesCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
