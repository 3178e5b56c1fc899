// `npm run ingest`: every raw text in content/sources/ → case files in content/cases/, with
// content/regions.yaml, the manifest and the report (scripts/lib/ingest-command.ts).
import module from 'node:module';

// An editor runs the ingest often and briefly: Node's compile cache (in the temp folder) keeps
// the type-stripped, compiled modules between runs, half of each start-up. Enabled before the
// ingest's modules load, so they are imported after it.
module.enableCompileCache();
await import('./lib/ingest-command.ts');
