import type { APIRoute } from 'astro';
import { casesCsvMetadata } from '../../utils/case-csv.ts';

/** `/data/cases.csv-metadata.json`: the CSV's columns, in W3C "CSV on the Web" form. */
export const GET: APIRoute = ({ site }) => {
  const metadata = casesCsvMetadata(new URL('/data/cases.csv', site).href);
  return new Response(`${JSON.stringify(metadata, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/csvm+json; charset=utf-8' },
  });
};
