// /search/script-table.json — the Simplified ↔ Traditional table the search page loads with its
// first search (src/content-model/script-table.ts).
import type { APIRoute } from 'astro';
import { scriptTable } from '../../content-model/simplified.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(scriptTable), { headers: { 'Content-Type': 'application/json' } });
