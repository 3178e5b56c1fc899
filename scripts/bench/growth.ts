// npm run bench -- --scale N: the build's growth, 10,000 cases against N (issue 19: at 30,000,
// peak memory ≤ 4 GB and time(N)/time(10,000) ≤ 3.3), built one after the other in one run.
// Not part of the default bench: at 30,000 cases it takes about ten minutes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { target, targetsTable } from './report.ts';
import { buildsTable, scaleRun } from './scale.ts';
import { devQueries } from './search-browser.ts';

export const growthBase = 10_000;

export async function growthBench(cases: number, memoryGuardMB: number): Promise<boolean> {
  console.log(`\n== growth: ${growthBase} and ${cases} synthetic cases (+ the sample cases), one after the other`);
  const builds = [];
  for (const count of [growthBase, cases]) {
    const run = await scaleRun(count, devQueries(), memoryGuardMB);
    rmSync(run.outDir, { recursive: true, force: true });
    builds.push(run);
    if (!run.ok) break;
  }
  console.log(buildsTable(builds));
  const [base, grown] = builds;
  const ok = Boolean(base?.ok && grown?.ok);
  const targets = [
    target(`peak RSS of ${cases} cases`, ok ? grown!.peakRssMB : null, 4096, 'MB', true, 0),
    target(`growth time(${cases})/time(${growthBase})`, ok ? grown!.seconds / base!.seconds : null, 3.3, '', true, 2),
  ];
  console.log(targetsTable(targets));
  mkdirSync('bench', { recursive: true });
  const file = path.join('bench', `results-scale-${cases}.json`);
  writeFileSync(file, `${JSON.stringify({ finishedAt: new Date().toISOString(), builds, targets }, null, 2)}\n`);
  console.log(`results: ${file}`);
  return ok;
}
