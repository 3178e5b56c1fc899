import type { APIRoute } from 'astro';
import { loadMeasureData } from '../../components/measures/measure-data.ts';
import { toMeasureRecord } from '../../utils/measure-record.ts';

/** `/data/measures.json`: every measure and the passages practising it (schema: `/data/measures.schema.json`). */
export const GET: APIRoute = async () => {
  const { measures, usage, categoryName } = await loadMeasureData();
  const records = measures.map((measure) => toMeasureRecord(measure, usage.get(measure.id), categoryName));
  return new Response(`${JSON.stringify(records, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
