import type { ArticleOutcome, SourceOutcome } from '../pipeline.ts';
import type { Block } from '../types.ts';

/** What one source line became, for the review page. */
export interface LineRole {
  /** 标题 · 引题 · 副题 · 署名 · 作者单位 · 段落 · 小标题 · 图片说明 · 图片署名 · 删除 · 未发布 */
  role: string;
  /** Where it went: case id and anchor, the authors read, the rule that removed it… */
  detail: string;
  kind: 'head' | 'byline' | 'body' | 'removed' | 'unpublished';
  warnings: string[];
}

const blockRole: Partial<Record<Block['kind'], string>> = {
  paragraph: '段落',
  turn: '问答',
  heading: '小标题',
  caption: '图片说明',
  credit: '图片署名',
};

const compact = (text: string) => text.replace(/\s+/g, '');

function markBlocks(
  roles: Map<number, LineRole>,
  blocks: readonly Block[],
  role: (block: Block, index: number) => LineRole,
) {
  blocks.forEach((block, index) => {
    for (let line = block.from; line <= block.to; line++) {
      const existing = roles.get(line);
      const next = role(block, index);
      // A dateline and its paragraph share a line: both are shown.
      if (existing?.kind === 'byline' && next.kind !== 'byline')
        roles.set(line, { ...next, detail: `${next.detail}（行首 ${existing.role} ${existing.detail}）` });
      else if (!existing) roles.set(line, next);
    }
  });
}

function markArticle(roles: Map<number, LineRole>, outcome: SourceOutcome & { ok: true }, article: ArticleOutcome) {
  const { draft } = article;
  const published = Boolean(article.caseId);
  const heads: Array<[string, string | null]> = [
    ['标题', article.article.title],
    ['引题', article.article.kicker],
    ['副题', article.article.subtitle],
  ];
  for (const [role, text] of heads) {
    if (!text) continue;
    const line = outcome.lines.find(
      (candidate) =>
        candidate.line >= article.article.from - 8 &&
        candidate.line <= article.article.to &&
        !roles.has(candidate.line) &&
        compact(candidate.text).replace(/^——/, '').includes(compact(text)),
    );
    if (line) roles.set(line.line, { role, detail: published ? `→ ${draft.title}` : '', kind: 'head', warnings: [] });
  }
  markBlocks(roles, article.article.bylines, () => ({
    role: '署名',
    detail: `→ 作者：${draft.authors.join('、') || '（无）'}${draft.provenance.publication ? `；出处：${draft.provenance.publication}` : ''}`,
    kind: 'byline',
    warnings: [],
  }));
  markBlocks(roles, article.article.units, () => ({
    role: '作者单位',
    detail: `→ ${draft.authorUnits.join('、')}`,
    kind: 'byline',
    warnings: [],
  }));
  markBlocks(roles, draft.body, (block, index) =>
    published
      ? {
          role: blockRole[block.kind] ?? block.kind,
          detail: `→ ${article.caseId}#${article.anchors?.[index] ?? ''}`,
          kind: 'body',
          warnings: [],
        }
      : { role: '未发布', detail: draft.setAside.join('；'), kind: 'unpublished', warnings: [] },
  );
}

/** What each line of a source became: title, byline, passage (case and anchor), removed (and why). */
export function lineRoles(outcome: SourceOutcome & { ok: true }): Map<number, LineRole> {
  const roles = new Map<number, LineRole>();
  for (const removed of outcome.removed) {
    for (let line = removed.from; line <= removed.to; line++)
      if (!roles.has(line)) roles.set(line, { role: '删除', detail: removed.reason, kind: 'removed', warnings: [] });
  }
  for (const article of outcome.articles) markArticle(roles, outcome, article);
  for (const article of outcome.articles) {
    for (const notice of article.notices) {
      const line = notice.line ?? article.article.from;
      const role = roles.get(line) ?? { role: '', detail: '', kind: 'body' as const, warnings: [] };
      role.warnings.push(notice.message);
      roles.set(line, role);
    }
  }
  return roles;
}
