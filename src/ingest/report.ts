import type { ArticleOutcome, SourceOutcome } from './pipeline.ts';
import type { Block, Notice } from './types.ts';
import { tooLongReason } from './extract/index.ts';
import { regionTrail } from '../content-model/region.ts';
import { readNameLine } from './segment/name-line.ts';

/** Why a line of names, a paper and a date left the body. */
const nameLineRule = '（人名＋报刊/日期的署名行 → 作者、出处、日期，不进正文）';
const namesPaperOrDate = (text: string) => {
  const named = readNameLine(text);
  return named !== null && (named.publication !== undefined || named.date !== undefined);
};

/** What happened to a case file on disk. */
export type FileStatus =
  | { kind: 'written' | 'unchanged'; caseId: string }
  | { kind: 'hand-edited'; caseId: string; candidate: string; diff: string[] }
  | { kind: 'duplicate'; caseId: string; sources: string[] };

/** The sources of articles sharing an id, each named once: `a.txt 中的 100 篇、b.txt`. */
function claimants(sources: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const source of sources) counts.set(source, (counts.get(source) ?? 0) + 1);
  return [...counts].map(([source, count]) => (count > 1 ? `${source} 中的 ${count} 篇` : source)).join('、');
}

export interface ReportInput {
  outcomes: SourceOutcome[];
  files: FileStatus[];
  /** Problems that stopped a source before the pipeline (bad settings file). */
  errors: Array<{ source: string; message: string }>;
}

const quote = (text: string, max = 24) => `“${text.length > max ? `${text.slice(0, max)}…` : text}”`;
const lines = (block: { from: number; to: number }) =>
  block.from === block.to ? `第 ${block.from} 行` : `第 ${block.from}–${block.to} 行`;

function listBlocks(label: string, blocks: readonly Block[]): string[] {
  if (blocks.length === 0) return [];
  return [
    `- ${label} ${blocks.length} 个：${blocks.map((block) => `${lines(block)} ${quote(block.text)}`).join('；')}`,
  ];
}

function noticeLines(notices: readonly Notice[]): string[] {
  return notices.map((notice) => `  - ⚠ ${notice.line ? `第 ${notice.line} 行：` : ''}${notice.message}`);
}

function fileLine(outcome: ArticleOutcome, files: readonly FileStatus[]): string {
  const status = files.find((file) => file.caseId === outcome.caseId);
  const path = `content/cases/${outcome.caseId}.mdx`;
  switch (status?.kind) {
    // Written or unchanged alike: the report must read the same on a second run.
    case 'unchanged':
    case 'written':
      return `已发布：${path}`;
    case 'hand-edited':
      return `⚠ ${path} 已被手工修改，未覆盖；新生成的版本在 ${status.candidate}`;
    case 'duplicate':
      return `✖ 案例 id ${outcome.caseId} 被 ${status.sources.length} 篇文章共用（${claimants(status.sources)}），什么都没写。请在设置文件中给其中的文章改 title，或删除重复的来源。`;
    default:
      return `已发布：${path}`;
  }
}

function articleSection(outcome: ArticleOutcome, index: number, files: readonly FileStatus[]): string[] {
  const { draft, article } = outcome;
  const head = `### 文章 ${index + 1}：《${draft.title}》（${lines(article)}）`;
  if (!outcome.caseId) {
    return [
      head,
      `- 未发布：${draft.setAside.join('；')}`,
      ...(draft.setAside.some((reason) => reason.startsWith(tooLongReason))
        ? []
        : ['- 如需发布，在设置文件中为这篇文章写 `publish: true`。']),
      ...noticeLines(outcome.notices),
      '',
    ];
  }
  const body = draft.body;
  const above = outcome.region ? regionTrail(outcome.region).slice(0, -1).join('') : '';
  const region = outcome.region
    ? `${outcome.region.name}${above ? `（${above}）` : ''}→ region: ${outcome.region.id}`
    : '地区不详 → region: null（原因和改法见下方 ⚠）';
  return [
    head,
    `- ${fileLine(outcome, files)}`,
    `- 标题 ${quote(draft.title, 40)}；引题 ${draft.kicker ? quote(draft.kicker, 40) : '无'}；副题 ${draft.subtitle ? quote(draft.subtitle, 40) : '无'}`,
    `- 作者：${draft.authors.join('、') || '无'}${article.bylines.length ? `（署名行：${article.bylines.map((byline) => `${lines(byline)} ${quote(byline.text)}${namesPaperOrDate(byline.text) ? nameLineRule : ''}`).join('；')}）` : ''}`,
    ...(draft.authorUnits.length ? [`- 作者单位：${draft.authorUnits.join('、')}`] : []),
    `- 地区：${region}；年份：${draft.year ?? '未知'}；正文 ${draft.words} 字；关键数字 ${draft.figures.length} 个`,
    ...listBlocks(
      '小标题',
      body.filter((block) => block.kind === 'heading' || block.kind === 'subtitle'),
    ),
    ...listBlocks(
      '图片说明',
      body.filter((block) => block.kind === 'caption'),
    ),
    ...listBlocks(
      '图片署名',
      body.filter((block) => block.kind === 'credit'),
    ),
    ...(body.some((block) => block.kind === 'turn')
      ? [
          `- 问答 ${body.filter((block) => block.kind === 'turn').length} 段（说话人：${[...new Set(body.flatMap((block) => (block.speaker ? [block.speaker] : [])))].join('、')}）`,
        ]
      : []),
    ...noticeLines(outcome.notices),
    '',
  ];
}

function sourceSection(outcome: SourceOutcome, files: readonly FileStatus[]): string[] {
  if (!outcome.ok) return [`## ${outcome.source}`, '', `✖ 未导入：${outcome.error}`, ''];
  const published = outcome.articles.filter((article) => article.caseId).length;
  return [
    `## ${outcome.source}（${outcome.encoding}）`,
    '',
    `找到 ${outcome.articles.length} 篇文章，发布 ${published} 篇。`,
    '',
    ...outcome.articles.flatMap((article, index) => articleSection(article, index, files)),
    ...(outcome.removed.length
      ? [
          '### 移除的块',
          ...outcome.removed.map((block) => `- ${lines(block)} ${quote(block.text)}：${block.reason}`),
          '',
        ]
      : []),
  ];
}

/** For the terminal only: which files this run actually changed. */
export function renderRunSummary(files: readonly FileStatus[], newRegions: readonly string[]): string {
  const written = files.filter((file) => file.kind === 'written').map((file) => `content/cases/${file.caseId}.mdx`);
  return [
    written.length ? `本次写入：${written.join('、')}` : '案例文件没有变化。',
    ...(newRegions.length ? [`新增地区（content/regions.yaml）：${newRegions.join('、')}`] : []),
  ].join('\n');
}

/** The ingest report: per source the articles, every decision and every warning. Deterministic. */
export function renderReport(input: ReportInput): string {
  const articles = input.outcomes.flatMap((outcome) => (outcome.ok ? outcome.articles : []));
  const cases = articles.filter((article) => article.caseId).length;
  const edited = input.files.filter((file) => file.kind === 'hand-edited');
  const warnings = articles.reduce((sum, article) => sum + article.notices.length, 0);
  return [
    '# 导入报告',
    '',
    `${input.outcomes.length} 个来源，${cases} 个案例，${articles.length - cases} 篇未发布，${warnings} 条提醒。由 \`npm run ingest\` 生成，请勿手工修改。`,
    '',
    ...input.errors.flatMap((error) => [`✖ ${error.source}：${error.message}`, '']),
    ...input.outcomes.flatMap((outcome) => sourceSection(outcome, input.files)),
    ...(edited.length
      ? [
          '## 手工修改过的案例（未覆盖）',
          '',
          ...edited.flatMap((file) =>
            file.kind === 'hand-edited' ? [`### ${file.caseId}`, '', '```diff', ...file.diff, '```', ''] : [],
          ),
        ]
      : []),
  ].join('\n');
}
