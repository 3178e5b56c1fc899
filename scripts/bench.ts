// npm run bench [-- --quick | --scale N] — the archive's figures against its targets (docs/testing.md, issue 8):
// sample build, scale (1,000 and 10,000 synthetic cases, the 10,000 also with Hugo + Pagefind),
// ingest throughput, page weight, search in Chromium, Lighthouse. Prints tables, writes
// bench/results.json, and ends with `targets met: N/M`. --quick runs the same parts on a few dozen
// cases (npm test runs it); --scale N only the growth from 10,000 to N cases (bench/growth.ts).
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { growthBench } from './bench/growth.ts';
import { peerRun, type PeerRun } from './bench/hugo-peer.ts';
import { ingestRun, type IngestRun } from './bench/ingest-throughput.ts';
import { kitTimings, type KitTiming } from './bench/kit-browser.ts';
import { lighthouseScores, type LighthouseScores } from './bench/lighthouse.ts';
import { measure } from './bench/measure.ts';
import { caseWeightLimit, pageWeight, type PageWeight } from './bench/page-weight.ts';
import { table, target, targetsTable, type Target } from './bench/report.ts';
import { hugeCaseQueries, hugeCaseSearch } from './bench/huge-case.ts';
import { incrementalRuns } from './bench/incremental.ts';
import { benchRoot, buildsTable, measureBuild, scaleRun, type BuildRun } from './bench/scale.ts';
import {
  devQueries,
  devQueryChecks,
  searchTimings,
  type QueryCheck,
  type SearchTiming,
} from './bench/search-browser.ts';

const quick = process.argv.includes('--quick');
const sizes = quick ? { small: 20, large: 80 } : { small: 1000, large: 10_000 };
const ingestBytes = quick ? [200_000, 1_000_000] : [1_000_000, 5_000_000];
/** A scale build is stopped above this (the machine is shared); it then counts as failed. */
const memoryGuardMB = 10_000;
const searchQueries = ['暖心驿站', '八大员', '一函两书', '技能大赛', '货车司机'];
const sampleDist = path.join(benchRoot, 'dist-sample');
const targets: Target[] = [];
const section = (title: string) => console.log(`\n== ${title}`);
const fixed = (value: number, digits = 1) => value.toFixed(digits);

mkdirSync(benchRoot, { recursive: true });
const scaleTo = process.argv.indexOf('--scale');
if (scaleTo > 0) {
  const cases = Number(process.argv[scaleTo + 1]);
  if (!Number.isInteger(cases) || cases <= 0) {
    console.error('用法：npm run bench -- --scale <案例数>，例如 --scale 30000');
    process.exit(2);
  }
  process.exit((await growthBench(cases, memoryGuardMB)) ? 0 : 1);
}
console.log(
  `bench (${quick ? 'quick' : 'full'}) on ${cpus().length} cores, ${fixed(totalmem() / 2 ** 30)} GB; working folder ${benchRoot}`,
);

// 1. The sample archive: a fresh ingest of the sources into a copy of content/, then the build.
section('1. sample archive: npm run ingest + npm run build');
const sampleContent = path.join(benchRoot, 'content-sample');
rmSync(sampleContent, { recursive: true, force: true });
cpSync(path.resolve('content'), sampleContent, { recursive: true });
for (const name of readdirSync(path.join(sampleContent, 'cases'))) {
  if (name.endsWith('.mdx')) rmSync(path.join(sampleContent, 'cases', name));
}
rmSync(path.join(sampleContent, 'ingest-manifest.json'), { force: true });
const ingest = await measure(process.execPath, ['scripts/ingest.ts'], {
  ...process.env,
  ARCHIVE_CONTENT_DIR: sampleContent,
  INGEST_OUT_DIR: path.join(benchRoot, 'ingest-out'),
});
const sampleCases = readdirSync(path.join(sampleContent, 'cases')).filter((name) => name.endsWith('.mdx')).length;
const sample = await measureBuild(sampleContent, sampleDist, sampleCases);
console.log(
  table(
    ['step', 'seconds', 'peak RSS MB', 'result'],
    [
      ['ingest', fixed(ingest.seconds), ingest.peakRssMB, `exit ${ingest.exitCode}, ${sampleCases} cases`],
      [
        'build',
        fixed(sample.seconds),
        sample.peakRssMB,
        sample.ok ? `${sample.pages} pages` : `FAILED\n${sample.error ?? ''}`,
      ],
    ],
  ),
);

// 2. Scale.
section(`2. scale: ${sizes.small} and ${sizes.large} synthetic cases (+ the sample cases)`);
const small = await scaleRun(sizes.small, devQueries(), memoryGuardMB);
let large: BuildRun | null = null;
let peer: PeerRun | null = null;
let skipped = '';
// The peer on the same cases, right after our build (not in --quick: it takes minutes and gigabytes).
const withPeer = quick ? undefined : async (contentDir: string) => void (peer = await peerRun(contentDir, benchRoot));
if (!small.ok) skipped = `the ${sizes.small}-case build failed`;
else large = await scaleRun(sizes.large, devQueries(), memoryGuardMB, withPeer);
const builds = [small, ...(large ? [large] : [])];
console.log(buildsTable(builds));
if (skipped) console.log(`${sizes.large}-case build skipped: ${skipped}`);
const peerRatios = peer ? peerComparison(peer, large) : null;
const growth = large?.ok ? large.seconds / small.seconds : null;
const growthLimit = quick ? (sizes.large / sizes.small) * 1.1 : 11;
targets.push(target(`build of ${sizes.large} cases`, large?.ok ? large.seconds : null, quick ? 600 : 180, 's'));
targets.push(target(`peak RSS of ${sizes.large} cases`, large?.ok ? large.peakRssMB : null, 4096, 'MB', true, 0));
targets.push(target(`growth time(${sizes.large})/time(${sizes.small})`, growth, growthLimit, '', true, 2));

/** Our large build against the peer's, from this run: the table and the two targets. */
function peerComparison(run: PeerRun, ours: BuildRun | null): { time: number; memory: number } | null {
  console.log(`\nthe same ${sizes.large} cases with Hugo + stock Pagefind (zh-CN), right after our build:`);
  console.log(
    table(
      ['system', 'pages', 'seconds', 'peak RSS MB', 'result'],
      [
        [
          'Hugo + Pagefind',
          run.pages,
          `${fixed(run.seconds)} (Hugo ${fixed(run.hugoSeconds)}, Pagefind ${fixed(run.pagefindSeconds)})`,
          run.peakRssMB,
          run.ok ? 'ok' : 'FAILED',
        ],
        ...(ours ? [['this project', ours.pages, fixed(ours.seconds), ours.peakRssMB, ours.ok ? 'ok' : 'FAILED']] : []),
      ],
    ),
  );
  const ratios =
    run.ok && ours?.ok ? { time: ours.seconds / run.seconds, memory: ours.peakRssMB / run.peakRssMB } : null;
  targets.push(
    target(`full build of ${sizes.large} cases / Hugo + Pagefind, time`, ratios?.time ?? null, 1, '', true, 2),
  );
  targets.push(
    target(`full build of ${sizes.large} cases / Hugo + Pagefind, peak RSS`, ratios?.memory ?? null, 0.33, '', true, 2),
  );
  return ratios;
}

let checks: QueryCheck[] = [];
let timings: SearchTiming[] = [];
const searchSite = large?.ok ? large.outDir : sample.ok ? sampleDist : null;
if (searchSite) {
  checks = await devQueryChecks(searchSite);
  console.log(`\nsearch quality on ${searchSite === sampleDist ? 'the sample site' : `the ${sizes.large}-case site`}:`);
  console.log(
    table(
      ['query', 'expected', 'first results', 'ok'],
      checks.map((check) => [check.query, check.expected.join(' '), check.found.join(' '), check.ok ? 'yes' : 'NO']),
    ),
  );
  timings = await searchTimings(searchSite, searchQueries);
}
const found = checks.filter((check) => check.ok).length;
targets.push(
  target(
    `dev queries finding their cases (${searchSite === sampleDist ? 'sample' : `${sizes.large}-case`} site)`,
    checks.length ? found : null,
    checks.length || 10,
    'queries',
    false,
    0,
  ),
);

// 2b. Incremental builds: each everyday change against a full build of the same content.
/** The largest archive in the full bench; in the quick one (npm test) the smallest, as each change costs two builds. */
const incrementalCases = quick ? sizes.small : sizes.large;
section(
  `2b. incremental builds: ${incrementalCases} synthetic cases, one change at a time, output checked against a full build`,
);
const incremental = await incrementalRuns(incrementalCases, devQueries());
console.log(
  table(
    ['change', 'case', 'seconds', 'build said', 'output vs full build'],
    incremental.map((run) => [
      run.change === 'none' ? 'none (first, full build)' : run.change,
      run.caseId || '—',
      fixed(run.seconds),
      run.plan,
      !run.ok
        ? `FAILED\n${run.error ?? ''}`
        : run.differences.length === 0
          ? 'identical'
          : `${run.differences.length} files differ: ${run.differences.slice(0, 5).join(', ')}`,
    ]),
  ),
);
for (const run of incremental) console.log(`${run.change}: ${run.summary.join(' | ')}`);
for (const run of incremental.filter((entry) => entry.change !== 'none')) {
  targets.push(
    target(`incremental build after ${run.change} (${incrementalCases} cases)`, run.ok ? run.seconds : null, 20, 's'),
  );
  targets.push(
    target(
      `files differing from a full build after ${run.change}`,
      run.ok ? run.differences.length : null,
      0,
      'files',
      true,
      0,
    ),
  );
}
/** A wrong incremental site is a bug, not a missed figure: the bench fails with it. */
const incrementalCorrect =
  incremental.length === 4 && incremental.every((run) => run.ok && run.differences.length === 0);

// 3. Ingest throughput.
section('3. ingest throughput: the sources repeated');
const ingestRuns: IngestRun[] = [];
for (const bytes of ingestBytes) ingestRuns.push(await ingestRun(bytes));
console.log(
  table(
    ['MB', 'seconds', 'MB/s', 'peak RSS MB', 'result'],
    ingestRuns.map((run) => [
      fixed(run.megabytes, 2),
      fixed(run.seconds),
      fixed(run.megabytesPerSecond, 2),
      run.peakRssMB,
      run.ok ? 'ok' : 'FAILED',
    ]),
  ),
);
const [firstIngest, lastIngest] = [ingestRuns[0], ingestRuns.at(-1)];
targets.push(
  target(
    `ingest throughput (${fixed(lastIngest?.megabytes ?? 0)} MB)`,
    lastIngest?.ok ? lastIngest.megabytesPerSecond : null,
    1,
    'MB/s',
    false,
    2,
  ),
);
const perMBGrowth =
  firstIngest && lastIngest?.ok
    ? lastIngest.seconds / lastIngest.megabytes / (firstIngest.seconds / firstIngest.megabytes)
    : null;
targets.push(target('ingest seconds per MB, largest / smallest', perMBGrowth, 1.2, '', true, 2));

// 4. Page weight.
section('4. page weight (gzip; HTML + CSS + JS, search bundle excluded)');
const firstDir = (folder: string) =>
  readdirSync(path.join(sampleDist, folder), { withFileTypes: true }).find((entry) => entry.isDirectory())?.name;
const pageTypes: Array<[string, string]> = sample.ok
  ? [
      ['home', '/'],
      ['case', `/cases/${firstDir('cases') ?? ''}/`],
      ['measure', `/measures/${firstDir('measures') ?? ''}/`],
      ['region', `/regions/${firstDir('regions') ?? ''}/`],
      ['search', '/search/'],
    ]
  : [];
const weights = pageTypes
  .map(([type, url]) => pageWeight(sampleDist, type, url))
  .filter((weight): weight is PageWeight => weight !== null);
console.log(
  table(
    ['page', 'url', 'HTML', 'CSS', 'JS', 'total', 'text', 'total/text'],
    weights.map((w) => [w.type, w.url, w.html, w.css, w.js, w.total, w.text, fixed(w.ratio, 2)]),
  ),
);
const caseWeight = weights.find((weight) => weight.type === 'case');
targets.push(
  target(
    'case page weight − limit (1.5 × gzip text + 15 KB)',
    caseWeight ? (caseWeight.total - caseWeightLimit(caseWeight.text)) / 1024 : null,
    0,
    'KB',
  ),
);

// 5. Search in Chromium.
section(
  '5. search in Chromium over loopback (query typed on /search/, from the Enter key to the painted results — first: the cases saying the query, complete: with the cases reached through a tag; median of 3 runs)',
);
const searchTable = (measured: SearchTiming[]) =>
  table(
    [
      'query',
      'first KB',
      'first ms',
      'runs',
      'complete ms',
      'complete ms, as automation sees it',
      'repeat KB',
      'repeat ms',
      'results',
    ],
    measured.map((t) => [
      t.query.length > 12 ? `${t.query.slice(0, 12)}…(${t.query.length})` : t.query,
      fixed(t.firstKB),
      fixed(t.firstMs, 0),
      t.firstMsRuns.map((ms) => fixed(ms, 0)).join(' '),
      fixed(t.completeMs, 0),
      fixed(t.firstHarnessMs, 0),
      fixed(t.repeatKB),
      fixed(t.repeatMs, 0),
      t.results,
    ]),
  );
console.log(searchTable(timings));
const slowest = (measured: SearchTiming[]) =>
  measured.length ? Math.max(...measured.map((t) => Math.max(t.firstMs, t.repeatMs))) : null;
const worst = (pick: (timing: SearchTiming) => number) => (timings.length ? Math.max(...timings.map(pick)) : null);
targets.push(
  target(
    'first search, most bytes of 5 queries',
    worst((t) => t.firstKB),
    300,
    'KB',
  ),
);
targets.push(
  target(
    'first search, slowest of 5 queries',
    worst((t) => t.firstMs),
    300,
    'ms',
    true,
    0,
  ),
);

// 6. Lighthouse.
section('6. Lighthouse (mobile)');
const lighthousePages = pageTypes.filter(([type]) =>
  quick ? type === 'home' : ['home', 'case', 'measure', 'search'].includes(type),
);
let scores: LighthouseScores[] = [];
try {
  scores = lighthousePages.length ? await lighthouseScores(sampleDist, lighthousePages) : [];
} catch (error) {
  console.log(`Lighthouse failed: ${(error as Error).message}`);
}
console.log(
  table(
    ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'audits that lost points'],
    scores.map((s) => [
      s.type,
      s.performance,
      s.accessibility,
      s.bestPractices,
      s.seo,
      s.failedAudits.join(', ') || '—',
    ]),
  ),
);
const lowest = (pick: (score: LighthouseScores) => number) => (scores.length ? Math.min(...scores.map(pick)) : null);
targets.push(
  target(
    'Lighthouse performance (lowest page)',
    lowest((s) => s.performance),
    95,
    '',
    false,
    0,
  ),
);
targets.push(
  target(
    'Lighthouse accessibility (lowest page)',
    lowest((s) => s.accessibility),
    100,
    '',
    false,
    0,
  ),
);
targets.push(
  target(
    'Lighthouse best practices (lowest page)',
    lowest((s) => s.bestPractices),
    100,
    '',
    false,
    0,
  ),
);
targets.push(
  target(
    'Lighthouse SEO (lowest page)',
    lowest((s) => s.seo),
    100,
    '',
    false,
    0,
  ),
);

// 7. The handout kit, on the largest site built.
section(`7. handout kit: a 10-passage handout from 10 cases opened from its link (median of 3 fresh browsers)`);
let kit: KitTiming | null = null;
if (searchSite) {
  try {
    kit = await kitTimings(searchSite);
  } catch (error) {
    console.log(`handout kit failed: ${(error as Error).message}`);
  }
}
const kitSite = searchSite === sampleDist ? 'sample' : `${sizes.large}-case`;
if (kit)
  console.log(
    table(
      ['site', 'passages', 'cases', 'KB', 'ms', 'runs', 'kit JS KB (gzip)'],
      [
        [
          kitSite,
          kit.passages,
          kit.cases,
          fixed(kit.kb),
          fixed(kit.ms, 0),
          kit.msRuns.map((ms) => fixed(ms, 0)).join(' '),
          fixed(kit.jsKB),
        ],
      ],
    ),
  );
targets.push(target('handout kit page’s own JS (gzip)', kit?.jsKB ?? null, 30, 'KB'));
targets.push(target(`10-passage handout opened (${kitSite} site), bytes`, kit?.kb ?? null, 200, 'KB'));
targets.push(target(`10-passage handout opened (${kitSite} site), time`, kit?.ms ?? null, 500, 'ms', true, 0));

// 8. One case file grown by hand far past the longest article published (issue 17).
const hugeBytes = quick ? 1_000_000 : 5_000_000;
section(
  `8. search on the sample archive with one case file grown to ${fixed(hugeBytes / 1e6, 0)} MB (first and repeated search; median of ${quick ? 1 : 3} runs)`,
);
const huge = await hugeCaseSearch(path.resolve('content'), benchRoot, hugeBytes, hugeCaseQueries, quick ? 1 : 3);
if (huge.build.ok) console.log(searchTable(huge.timings));
else console.log(`build FAILED\n${huge.build.error ?? ''}`);
targets.push(
  target(
    `any query on the ${fixed(hugeBytes / 1e6, 0)} MB-case archive, slowest of ${hugeCaseQueries.length}`,
    slowest(huge.timings),
    1000,
    'ms',
    true,
    0,
  ),
);

section('targets');
console.log(targetsTable(targets));
const results = {
  mode: quick ? 'quick' : 'full',
  finishedAt: new Date().toISOString(),
  machine: { cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30) },
  sample: {
    ingest: { seconds: ingest.seconds, peakRssMB: ingest.peakRssMB, exitCode: ingest.exitCode },
    build: sample,
  },
  scale: { builds, skipped: skipped || null, growth, queries: checks, peer, peerRatios },
  incremental,
  ingest: ingestRuns,
  pageWeight: weights,
  search: timings,
  lighthouse: scores,
  kit,
  hugeCase: { bytes: hugeBytes, build: huge.build, search: huge.timings },
  targets,
};
mkdirSync('bench', { recursive: true });
const resultsFile = path.join('bench', quick ? 'results-quick.json' : 'results.json');
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
for (const run of builds) rmSync(run.outDir, { recursive: true, force: true });
rmSync(sampleContent, { recursive: true, force: true });
console.log(`\nresults: ${resultsFile}`);
console.log(`targets met: ${targets.filter((entry) => entry.met).length}/${targets.length}`);
// The bench fails when it could not measure (a build that broke) or an incremental build's site
// differs from a full build's, never for a missed target.
process.exitCode = sample.ok && small.ok && (large === null || large.ok) && incrementalCorrect ? 0 : 1;
