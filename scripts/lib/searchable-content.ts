// The searchable pages of the archive made from its content, not from the built HTML: for each
// case and measure page, the part Pagefind indexes — the elements, ids and text of the
// data-pagefind-body parts and the search fields — written as the page components write them
// (src/pages/cases/[id].astro, CaseHeader, CaseBody and the block components; measures/[id]),
// then cut by the same searchable-html.ts as a built page. Everything else (classes, the
// ignored overview and margins) Pagefind does not read. `npm test` holds the two to the same
// Pagefind index on the built site (scripts/lib/search-parity.ts).
import { parsePassages, type Passage } from '../../src/content-model/passages.ts';
import { caseSearchFields, measureSearchFields } from '../../src/components/search/search-fields.ts';
import { t } from '../../src/i18n/t.ts';
import { fieldTags, type PageFields } from '../../src/pagefind/page-fields.ts';
import { speakerLabel } from '../../src/user-components/speaker-label.ts';
import { caseMeasures } from '../../src/utils/case-record.ts';
import { inlineHtml } from '../../src/utils/inline-markdown.ts';
import { pairText } from '../../src/utils/search/pairs.ts';
import { escapeXml } from '../../src/utils/xml.ts';
import type { ArchiveContent, ArchiveContext, CaseEntry } from './archive-content.ts';
import type { SearchFile } from './search-index.ts';
import { searchablePage } from './searchable-html.ts';

const page = (fields: PageFields, body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head>${fieldTags(fields)}</head><body>${body}</body></html>`;

/** What a block component writes around its content (src/user-components/), margins left out. */
function blockHtml(passage: Passage, html: string, aliases: string[]): string {
  const inner = {
    P: () => `<p>${html}</p>`,
    Heading: () => `<h2>${html}</h2>`,
    Turn: () => `<p>${speakerLabel(html, passage.attributes['speaker'])}</p>`,
    Caption: () => `<p><span>${t('passage.caption')}：</span><span>▲</span>${html}</p>`,
    Credit: () => `<p><span>${t('passage.credit')}：</span>${html}</p>`,
  }[passage.kind]();
  const anchors = aliases.map((alias) => `<span id="${escapeXml(alias)}"></span>`).join('');
  return `<div id="${escapeXml(passage.id)}">${inner}${anchors}</div>`;
}

async function caseHtml(entry: CaseEntry, content: ArchiveContext): Promise<string> {
  const { kicker, title, subtitle, region } = entry.data;
  const passages = parsePassages(entry.body);
  const tags = caseMeasures(entry.body).map((id) => ({
    id,
    passages: passages.filter((passage) => passage.measures.includes(id)).map((passage) => passage.id),
  }));
  const measureData = new Map(content.measures.map(({ id, data }) => [id, data]));
  // A case whose region is unknown (null) has no region filter, as on its page.
  const regionData = region === null ? undefined : content.regionById.get(region);
  const fields = caseSearchFields(entry.data, tags, regionData, (id) => measureData.get(id));
  const aliasesOf = Object.entries(content.aliases[entry.id] ?? {});
  const blocks = await Promise.all(
    passages.map(async (passage) =>
      blockHtml(
        passage,
        await inlineHtml(passage.markdown),
        aliasesOf.filter(([, target]) => target === passage.id).map(([alias]) => alias),
      ),
    ),
  );
  const header =
    (kicker ? `<p>${escapeXml(kicker)}</p>` : '') +
    `<h1>${escapeXml(title)}</h1>` +
    (subtitle ? `<p>——${escapeXml(subtitle)}</p>` : '');
  return page(fields, `<article data-pagefind-body><header>${header}</header><div>${blocks.join('')}</div></article>`);
}

function measureHtml({ data }: ArchiveContext['measures'][number], content: ArchiveContext): string {
  const about = [
    `<a>${escapeXml(t('measure.category', { name: content.categoryName(data.category) }))}</a>`,
    data.synonyms.length > 0
      ? `<span> · ${escapeXml(t('measure.aliases', { aliases: data.synonyms.join('、') }))}</span>`
      : '',
    data.narrower.length > 0
      ? `<span> · ${escapeXml(t('measure.narrower', { terms: data.narrower.join('、') }))}</span>`
      : '',
  ].join('');
  return page(
    measureSearchFields(data),
    `<h1 data-pagefind-body>${escapeXml(data.name)}</h1><p data-pagefind-body>${about}</p><p data-pagefind-body>${escapeXml(data.definition)}</p>`,
  );
}

/** A case's searchable page, cut as searchable-html.ts cuts a built page. */
export async function casePage(entry: CaseEntry, context: ArchiveContext): Promise<SearchFile> {
  return { file: `cases/${entry.id}/index.html`, ...searchablePage(await caseHtml(entry, context), pairText) };
}

/** A measure's searchable page. */
export function measurePage(measure: ArchiveContext['measures'][number], context: ArchiveContext): SearchFile {
  return { file: `measures/${measure.id}/index.html`, ...searchablePage(measureHtml(measure, context), pairText) };
}

/** Every page of the archive Pagefind indexes, made from `content`. */
export async function contentSearchPages(content: ArchiveContent): Promise<SearchFile[]> {
  const cases = await Promise.all(content.cases.map((entry) => casePage(entry, content)));
  return [...cases, ...content.measures.map((measure) => measurePage(measure, content))];
}
