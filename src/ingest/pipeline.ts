import { endsMidSentence } from './chars.ts';
import { extractCase, type CaseDraft } from './extract/index.ts';
import type { Division } from './extract/gazetteer.ts';
import { removeFurniture } from './furniture/index.ts';
import { normalizeText } from './normalize.ts';
import { readSource } from './read.ts';
import { readHtmlSource } from './read-saved-page.ts';
import { segment } from './segment/index.ts';
import { settingsFor, type SourceSettings } from './settings.ts';
import { tagBlocks } from './tag-stage.ts';
import type { MeasureEntry } from '../content-model/measure.ts';
import type { Region } from '../content-model/region.ts';
import { isSavedPage } from '../content-model/saved-page/index.ts';
import type { PageFacts } from '../content-model/saved-page/page-facts.ts';
import type { Article, Notice, SetAside, SourceFile, SourceLine } from './types.ts';
import { assignAnchors } from './write/anchors.ts';
import { newCaseId } from './write/case-id.ts';
import { anchorPrefix, renderCase, type CaseFrontMatter } from './write/mdx.ts';
import { regionFor } from './write/regions.ts';

/** What the pipeline needs besides the source: all read by the runner, none read here. */
export interface IngestContext {
  taxonomy: readonly MeasureEntry[];
  gazetteer: readonly Division[];
  /** content/regions.yaml entries, including those added earlier in this run. */
  regions: readonly Region[];
  /** Case id recorded in the manifest for an article (`source#key`). */
  knownId: (source: string, key: string) => string | undefined;
  /** Anchors in the current file of a case, by `prefix|text`. */
  previousAnchors: (caseId: string) => ReadonlyMap<string, string>;
}

export interface ArticleOutcome {
  draft: CaseDraft;
  article: Article;
  /** Set when published. */
  caseId?: string;
  mdx?: string;
  region?: Region;
  newRegion?: boolean;
  /** Measure ids the published case's passages are tagged with, in taxonomy order. */
  measures?: string[];
  /** Anchor of each body block of the published case. */
  anchors?: string[];
  notices: Notice[];
}

export type SourceOutcome =
  | {
      source: string;
      ok: true;
      encoding: string;
      /** The text as the stages read it (a saved page: its article text), line by line. */
      lines: SourceLine[];
      articles: ArticleOutcome[];
      removed: SetAside[];
      notices: Notice[];
    }
  | { source: string; ok: false; error: string };

function layoutNotices(article: Article): Notice[] {
  const notices: Notice[] = [];
  for (const block of article.body) {
    if ((block.kind === 'paragraph' || block.kind === 'turn') && endsMidSentence(block.text)) {
      notices.push({
        line: block.to,
        message: `段落停在句子中间（“…${block.text.slice(-10)}”）：可能是分栏跳转或缺字，请对照原文。`,
      });
    }
    for (const line of block.joinedAcrossBlank ?? []) {
      notices.push({
        line,
        message: `隔着空行把第 ${line} 行接到上一段（上一段停在句子中间）：请确认是同一句话，否则在设置文件 breaksAfter 中写上上一段的结尾。`,
      });
    }
  }
  return notices;
}

function publish(
  draft: CaseDraft,
  source: string,
  context: IngestContext,
): Pick<ArticleOutcome, 'caseId' | 'mdx' | 'region' | 'newRegion' | 'measures' | 'anchors'> {
  // An unknown region stays unknown: region null, no made-up entry (the notice says what to do).
  const region = draft.region ? regionFor(draft.region, context.regions) : null;
  const caseId = context.knownId(source, draft.key) ?? newCaseId(region?.entry.id ?? null, draft.region, draft.title);
  const measures = tagBlocks(draft.body, context.taxonomy);
  const anchors = assignAnchors(
    draft.body.map((block) => ({ prefix: anchorPrefix(block), text: block.text })),
    context.previousAnchors(caseId),
  );
  const frontMatter: CaseFrontMatter = {
    id: caseId,
    title: draft.title,
    kicker: draft.kicker,
    subtitle: draft.subtitle,
    authors: draft.authors,
    authorUnits: draft.authorUnits,
    region: region?.entry.id ?? null,
    year: draft.year,
    source,
    words: draft.words,
    provenance: draft.provenance,
    figures: draft.figures.map(({ block, ...figure }) => ({ ...figure, passage: anchors[block] ?? '' })),
  };
  const blocks = draft.body.map((block, index) => ({
    block,
    id: anchors[index] ?? '',
    measures: measures[index] ?? [],
  }));
  const tagged = new Set(measures.flat());
  return {
    caseId,
    mdx: renderCase(frontMatter, blocks),
    ...(region ? { region: region.entry, newRegion: region.isNew } : {}),
    measures: context.taxonomy.map((measure) => measure.id).filter((id) => tagged.has(id)),
    anchors,
  };
}

/**
 * The whole ingest of one source, as named pure stages:
 * read → normalize → segment → extract → tag → write.
 */
export function ingestSource(file: SourceFile, settings: SourceSettings, context: IngestContext): SourceOutcome {
  let text: string;
  let encoding: string;
  let pageFacts: PageFacts = {};
  try {
    if (isSavedPage(file.name)) ({ text, encoding, facts: pageFacts } = readHtmlSource(file));
    else ({ text, encoding } = readSource(file));
  } catch (error) {
    return { source: file.name, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const lines = normalizeText(text);
  const cleaned = removeFurniture(lines);
  const articles = segment(cleaned.lines, { breaksAfter: settings.breaksAfter ?? [] });
  let regions = [...context.regions];
  const outcomes = articles.map((article, index): ArticleOutcome => {
    const own = settingsFor(settings, [article.title, article.kicker, article.subtitle]);
    // A saved page's metadata outranks what its text's furniture says; its headline, like a
    // pasted page's 原标题, names the file's first article, not every piece it holds.
    const page = { ...cleaned.page, ...pageFacts };
    const draft = extractCase(article, settings, own, context.gazetteer, {
      ...page,
      headline: index === 0 ? page.headline : undefined,
    });
    const notices = [...draft.notices, ...layoutNotices(article)];
    if (draft.setAside.length > 0) return { draft, article, notices };
    const published = publish(draft, file.name, { ...context, regions });
    if (published.region && published.newRegion) regions = [...regions, published.region];
    return { draft, article, notices, ...published };
  });
  const removed = [...cleaned.removed, ...articles.flatMap((article) => article.removed)].sort(
    (a, b) => a.from - b.from,
  );
  return { source: file.name, ok: true, encoding, lines, articles: outcomes, removed, notices: [] };
}
