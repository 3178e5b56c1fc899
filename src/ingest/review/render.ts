import type { ArticleOutcome, SourceOutcome } from '../pipeline.ts';
import { lineRoles } from './line-roles.ts';
import { regionTrail } from '../../content-model/region.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function caseSummary(article: ArticleOutcome): string {
  const { draft } = article;
  const rows: Array<[string, string]> = [
    ['标题', draft.title],
    ['引题 / 副题', [draft.kicker, draft.subtitle].filter(Boolean).join(' / ') || '无'],
    ['作者', draft.authors.join('、') || '无'],
    [
      '地区',
      article.region
        ? `${regionTrail(article.region).join(' ')}（${article.region.id}）`
        : '地区不详：region: null，不进任何地区页（原因和改法见下方 ⚠）',
    ],
    ['年份', draft.year === null ? '未知' : String(draft.year)],
    ['出处', Object.values(draft.provenance).filter(Boolean).join(' · ') || '未知'],
    ['改革举措', (article.measures ?? []).join('、') || '无'],
    ['关键数字', String(draft.figures.length)],
  ];
  const status = article.caseId
    ? `已发布：<code>content/cases/${escape(article.caseId)}.mdx</code>`
    : `未发布：${escape(draft.setAside.join('；'))}`;
  const warnings = article.notices.map(
    (notice) => `<li>⚠ ${notice.line ? `第 ${notice.line} 行：` : ''}${escape(notice.message)}</li>`,
  );
  return `<section class="case${article.caseId ? '' : ' unpublished'}"><h3>${escape(draft.title)}</h3><p>${status}</p><dl>${rows
    .map(([label, value]) => `<dt>${label}</dt><dd>${escape(value)}</dd>`)
    .join('')}</dl>${warnings.length ? `<ul class="warnings">${warnings.join('')}</ul>` : ''}</section>`;
}

function sourceSection(outcome: SourceOutcome): string {
  if (!outcome.ok)
    return `<section class="source"><h2>${escape(outcome.source)}</h2><p class="error">⚠ ${escape(outcome.error)}</p></section>`;
  const roles = lineRoles(outcome);
  const rows = outcome.lines.map((line) => {
    const role = roles.get(line.line);
    const warn = role?.warnings.length
      ? `<ul class="warnings">${role.warnings.map((w) => `<li>⚠ ${escape(w)}</li>`).join('')}</ul>`
      : '';
    return `<tr class="${role?.kind ?? 'blank'}${role?.warnings.length ? ' warned' : ''}"><th scope="row">${line.line}</th><td class="text">${escape(line.text)}</td><td class="role">${role?.role ? `<b>${role.role}</b> ` : ''}${escape(role?.detail ?? '')}${warn}</td></tr>`;
  });
  return `<section class="source"><h2>${escape(outcome.source)} <small>${escape(outcome.encoding)}，${outcome.articles.length} 篇</small></h2>
${outcome.articles.map(caseSummary).join('\n')}
<table><thead><tr><th scope="col">行</th><th scope="col">原文（逐行）</th><th scope="col">成为</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></section>`;
}

const style = `body{font:15px/1.6 system-ui,"Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:1200px;padding:1rem;color:#1a1a1a}
h1{font-size:1.4rem}h2{font-size:1.15rem;border-top:3px solid #333;padding-top:.6rem;margin-top:2rem}h2 small{font-weight:normal;color:#555}
.case{border:1px solid #bbb;border-radius:6px;padding:.5rem .9rem;margin:.6rem 0;background:#f6f9ff}.case.unpublished{background:#f3f3f3}
.case h3{margin:.2rem 0;font-size:1.05rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.3rem 0}dt{color:#555}dd{margin:0}
table{border-collapse:collapse;width:100%;table-layout:fixed}th,td{border-bottom:1px solid #ddd;padding:.25rem .4rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
thead th{background:#eee}tbody th{width:3rem;color:#666;font-weight:normal}td.text{width:55%}td.role{color:#333}
tr.removed td.text{color:#777;text-decoration:line-through}tr.removed td.role{color:#8a4b00}tr.head td.text{font-weight:bold}
tr.byline td.text{color:#0b5394}tr.unpublished td.text{color:#777}tr.warned{background:#fff4d6}.warnings{margin:.2rem 0;padding-left:1rem;color:#7a4d00}
.error{color:#a00}@media (max-width:700px){td.text{width:auto}table,tbody,tr,td,th{display:block}thead{display:none}tr{border-bottom:1px solid #ccc;padding:.3rem 0}td,tbody th{border:0;padding:.1rem .2rem}}`;

/** The editor's review page: every source line by line beside what it became, warnings marked. */
export function renderReview(outcomes: readonly SourceOutcome[]): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>导入检查：${outcomes.length} 个来源</title><style>${style}</style></head><body>
<h1>导入检查（npm run ingest）</h1>
<p>每个来源逐行列出：左边是原文，右边是它成为了什么——标题、署名（读出的作者）、段落（案例和锚点）、小标题、图片说明，或被删除（按哪条规则）。⚠ 是需要人工确认的地方。</p>
${outcomes.map(sourceSection).join('\n')}
</body></html>
`;
}
