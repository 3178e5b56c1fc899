// Scoring for `npm run eval:ingest`: how close the ingest of a real web page comes to the
// development set's expected values (../shared/web-articles/expected.json). Pure: the runner
// reads the files and ingests; this module only compares.
import { toSimplified } from '../../content-model/simplified.ts';

/** One entry of expected.json (the fields the evaluation reads). */
export interface ExpectedArticle {
  file: string;
  title: string | null;
  region: string;
  body_start: string;
  body_end: string;
  bylines: string[];
  clutter: string[];
}

/** What the ingest made of one page: its published cases, as the case page would show them. */
export interface IngestedCase {
  title: string;
  regionName: string | null;
  /** Title, kicker, subtitle, authors' names excluded: the body blocks, in order. */
  body: string[];
  kicker: string | null;
  subtitle: string | null;
  measures: string[];
  notices: string[];
}

export const criteria = ['published', 'headline', 'region', 'firstLast', 'noClutter', 'noByline', 'measure'] as const;
export type Criterion = (typeof criteria)[number];

export interface PageScore {
  file: string;
  cases: number;
  passed: Record<Criterion, boolean>;
  /** Why a criterion failed, in a few words. */
  why: Partial<Record<Criterion, string>>;
}

/**
 * Text compared as a reader sees it: compatibility forms folded (，→ , （→ ( ), every space
 * removed (layout, not content). Script is kept: the text stays as written.
 */
export function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

const foldScript = (text: string) => fold(toSimplified(text));

/** Longest title a provisional headline may have. */
export const provisionalTitleLimit = 24;

/** The case an expected page maps to: the one holding its first words, else the first. */
function mainCase(expected: ExpectedArticle, cases: readonly IngestedCase[]): IngestedCase | undefined {
  const start = fold(expected.body_start);
  return cases.find((entry) => fold(entry.body.join('')).includes(start)) ?? cases[0];
}

function headline(expected: ExpectedArticle, found: IngestedCase): string | null {
  if (expected.title !== null)
    return fold(found.title) === fold(expected.title) ? null : `“${found.title}” ≠ “${expected.title}”`;
  // No headline on the page: a provisional one, from the article's own words, flagged.
  const title = fold(found.title.replace(/…$/, ''));
  if ([...title].length > provisionalTitleLimit) return `provisional title longer than ${provisionalTitleLimit}`;
  if (!fold(found.body.join('')).includes(title)) return `“${found.title}” is not from the body`;
  if ([...expected.bylines, ...expected.clutter].some((text) => fold(text) && title.includes(fold(text))))
    return `“${found.title}” holds a byline or clutter`;
  if (!found.notices.some((notice) => notice.includes('标题'))) return 'no warning about the provisional title';
  return null;
}

/** Scores one page of the development set against the cases its ingest published. */
export function scorePage(expected: ExpectedArticle, cases: readonly IngestedCase[]): PageScore {
  const why: Partial<Record<Criterion, string>> = {};
  const found = mainCase(expected, cases);
  if (!found) {
    for (const criterion of criteria) why[criterion] = 'not published';
  } else {
    const body = fold(found.body.join('\n'));
    const shown = fold([found.title, found.kicker ?? '', found.subtitle ?? '', ...found.body].join('\n'));
    const title = headline(expected, found);
    if (title) why.headline = title;
    if (foldScript(found.regionName ?? '') !== foldScript(expected.region))
      why.region = `${found.regionName ?? '地区不详'} ≠ ${expected.region}`;
    const lost = [expected.body_start, expected.body_end].filter((words) => !body.includes(fold(words)));
    if (lost.length) why.firstLast = `lost ${lost.map((words) => `“${words}”`).join(' ')}`;
    const clutter = expected.clutter.filter((text) => fold(text) && shown.includes(fold(text)));
    if (clutter.length) why.noClutter = clutter.map((text) => `“${text.trim()}”`).join(' ');
    const bylines = expected.bylines.filter((text) => fold(text) && shown.includes(fold(text)));
    if (bylines.length) why.noByline = bylines.map((text) => `“${text}”`).join(' ');
    if (found.measures.length === 0) why.measure = 'no measure tagged';
  }
  const passed = Object.fromEntries(criteria.map((criterion) => [criterion, !why[criterion]])) as Record<
    Criterion,
    boolean
  >;
  return { file: expected.file, cases: cases.length, passed, why };
}

/** Pages passing each criterion. */
export function totals(scores: readonly PageScore[]): Record<Criterion, number> {
  return Object.fromEntries(
    criteria.map((criterion) => [criterion, scores.filter((score) => score.passed[criterion]).length]),
  ) as Record<Criterion, number>;
}
