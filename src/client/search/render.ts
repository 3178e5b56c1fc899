// Renders the ranked results, the tag-only sections, the measure notes and the no-result help.
import { t } from '../../i18n/t.ts';
import { quote, readable, type Segment } from '../../utils/search/excerpt.ts';
import { characterPairs } from '../../utils/search/pairs.ts';
import type { Ranked } from '../../utils/search/rank.ts';
import { fromClosestSentence } from '../../utils/search/tagged-passages.ts';
import type { Suggestion } from '../../utils/search/suggest.ts';
import { looseForm, type Fold } from '../../utils/search/text.ts';
import { highlightUrl, searchQueryString, type SearchState } from '../../utils/search/url.ts';
import { h } from './dom.ts';
import { kitPassageRef } from '../../utils/kit/passage-ref.ts';
import type { SearchView } from './search-view.ts';

function marked(segments: Segment[]): HTMLElement {
  const paragraph = h('p', { class: 'search-excerpt' });
  for (const segment of segments) paragraph.append(segment.mark ? h('mark', {}, segment.text) : segment.text);
  return paragraph;
}

/** The page text after its own heading, which the result already shows as its link. */
function withoutTitle(content: string, title: string): string {
  const text = readable(content);
  const heading = readable(title);
  return text.startsWith(heading) ? text.slice(heading.length).replace(/^[.。\s]+/u, '') : text;
}

/** A tagged passage from the sentence that does the measure, with an ellipsis where it was cut. */
function quotedFrom(passage: string, names: string[], fold: Fold): string {
  const quoted = fromClosestSentence(passage, names, fold);
  return quoted.length < passage.length ? `…${quoted}` : quoted;
}

/**
 * One case: title linking to the best passage (with highlight), region · year, excerpt. A case
 * reached only through its tag quotes the tagged passage chosen for it (rank.ts), says which
 * measure it is tagged with, and marks nothing: its text does not say the query.
 */
export function caseItem(result: Ranked, terms: string[], fold: Fold, heading: 'h2' | 'h3' = 'h2'): HTMLElement {
  const { candidate, passage } = result;
  const taggedOnly = result.tier === 'tagged';
  const taggedText = taggedOnly && passage ? candidate.passageText?.(passage) : undefined;
  const text = taggedText
    ? quotedFrom(readable(taggedText), result.measure?.names ?? [], fold)
    : withoutTitle(candidate.content, candidate.title);
  // A related page lacks the whole term: show and mark the character pairs it does share.
  const shown = taggedOnly
    ? []
    : result.tier === 'related'
      ? terms.flatMap((term) => characterPairs(looseForm(term, fold)))
      : terms;
  const loose = result.tier === 'loose';
  const { segments, strings } = quote(text, shown, 90, fold, loose);
  const href = highlightUrl(candidate.url, strings, passage);
  const details = [
    candidate.meta['region'] ?? t('case.regionUnknown'),
    candidate.meta['year'] && t('search.yearValue', { year: candidate.meta['year'] }),
  ];
  return h(
    'li',
    // The handout kit's own module (client/kit/add-buttons.ts) adds 加入讲义 to results naming a passage.
    { class: 'search-result', 'data-kit-passage': kitPassageRef(candidate.url, passage) },
    h(heading, {}, h('a', { href }, candidate.title)),
    h('p', { class: 'search-meta' }, details.filter(Boolean).join(' · ')),
    taggedOnly && result.measure
      ? h('p', { class: 'search-tagged' }, t('search.taggedOnly', { q: terms.join(' '), measure: result.measure.name }))
      : null,
    marked(segments),
  );
}

/**
 * The cases reached only through a measure the query names, after the cases that say it and
 * apart from them: one titled section per measure (同属“经费保障”的案例，原文未出现“…”).
 */
export function taggedSection(view: SearchView): HTMLElement[] {
  const groups = new Map<string, Ranked[]>();
  for (const result of view.taggedOnly) {
    const name = result.measure?.name ?? '';
    groups.set(name, [...(groups.get(name) ?? []), result]);
  }
  return [...groups].map(([measure, results], index) => {
    const id = `search-tagged-${index}`;
    return h(
      'section',
      { class: 'search-tagged-section', 'aria-labelledby': id },
      h('h2', { id }, t('search.taggedSection', { measure, q: view.state.q })),
      h('ol', { class: 'search-results' }, ...results.map((result) => caseItem(result, view.terms, view.fold, 'h3'))),
    );
  });
}

/** In the place of the tag-only sections while they load (the cases saying the query are shown). */
export function pendingNote(): HTMLElement {
  return h('p', { class: 'search-pending' }, t('search.pendingTagged'));
}

/** For a narrower term (母婴关爱室): the measure it is an instance of, and that only cases saying it are listed. */
export function broaderNote(view: SearchView): HTMLElement | null {
  const [measure] = view.broader;
  if (!measure) return null;
  const [before, after = ''] = t('search.broader', { q: view.state.q, measure: '\u0000' }).split('\u0000');
  return h(
    'section',
    { class: 'search-measures search-broader', 'aria-labelledby': 'search-broader-title' },
    h('h2', { id: 'search-broader-title' }, t('search.broaderTitle')),
    h(
      'p',
      {},
      before,
      h('a', { href: measure.href }, measure.label),
      after,
      ...view.broader.slice(1).flatMap((other) => ['、', h('a', { href: other.href }, other.label)]),
    ),
  );
}

/** Measure pages offered beside the cases (they take no place in the case list). */
export function measureList(results: Ranked[]): HTMLElement | null {
  if (results.length === 0) return null;
  const items = results.map(({ candidate }) => h('li', {}, h('a', { href: candidate.url }, candidate.title)));
  return h(
    'section',
    { class: 'search-measures', 'aria-labelledby': 'search-measures-title' },
    h('h2', { id: 'search-measures-title' }, t('search.measures')),
    h('ul', {}, ...items),
  );
}

/** Shown above results that only share some characters with the query. */
export function nearMeasures(measures: Suggestion[]): HTMLElement | null {
  return linkList(t('search.suggestMeasures'), measures);
}

function linkList(title: string, items: Suggestion[]): HTMLElement | null {
  if (items.length === 0) return null;
  return h(
    'section',
    {},
    h('h3', {}, title),
    h(
      'ul',
      { class: 'search-suggestions' },
      ...items.map((item) => h('li', {}, h('a', { href: item.href }, item.label))),
    ),
  );
}

/** The no-result help: what happened, what to try, where to go — never a dead end. */
export function emptyHelp(
  state: SearchState,
  measures: Suggestion[],
  regions: Suggestion[],
  filtered: boolean,
): HTMLElement {
  const cleared = `/search/${searchQueryString({ ...state, filters: { region: [], province: [], measure: [], year: [] } })}`;
  return h(
    'div',
    { class: 'search-empty' },
    h('h2', {}, filtered ? t('search.emptyFiltered') : t('search.emptyTitle', { q: state.q })),
    filtered ? h('p', {}, h('a', { href: cleared }, t('search.clearFilters'))) : h('p', {}, t('search.emptyTips')),
    linkList(t('search.suggestMeasures'), measures),
    linkList(t('search.suggestRegions'), regions),
    h(
      'p',
      {},
      h('a', { href: '/' }, t('search.browseAll')),
      ' · ',
      h('a', { href: '/measures/' }, t('search.browseMeasures')),
    ),
  );
}

/** Reads the next matches; the list re-renders when they are in. */
export function moreButton(onClick: () => Promise<void>): HTMLElement {
  const button = h('button', { type: 'button', class: 'search-more' }, t('search.more')) as HTMLButtonElement;
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = t('search.loading');
    void onClick();
  });
  return button;
}
