import { regionTrail } from '../../content-model/region.ts';
import { toSimplified } from '../../content-model/simplified.ts';
import type { Article, Notice } from '../types.ts';
import type { Division } from './gazetteer.ts';
import { resolveRegion } from './region.ts';
import { divisionsCalled } from './region-names.ts';

/** What the editor does about an unknown or uncertain region (content/sources/README.md). */
const regionFix =
  '案例不因此而不发布：页面显示“地区不详”，不进任何地区页。知道地区时，在设置文件中为这篇文章写 region（地名全称，如 房山区；同名的地方连所属省市一起写，如 北京市朝阳区），再运行 npm run ingest。';

/**
 * extract: an article's region — the settings' region if the editor wrote one, else what the
 * text and its publication say (region.ts). Null while unknown, with a notice saying why and
 * what to do; a region settled from context gets a notice asking to confirm it.
 */
export function readRegion(
  article: Article,
  title: string,
  override: string | undefined,
  publication: string | undefined,
  gazetteer: readonly Division[],
  notices: Notice[],
): Division | null {
  if (override) {
    const [division, ...others] = divisionsCalled(toSimplified(override), gazetteer);
    if (!division) notices.push({ message: `设置中的地区“${override}”在行政区划数据和功能区表中都找不到。` });
    else if (others.length > 0) {
      const places = [division, ...others].map((place) => regionTrail(place).join(''));
      notices.push({
        message: `设置中的地区“${override}”有多处（${places.join('、')}），没有采用：请写全称，例如 ${places[0]}。`,
      });
      return null;
    }
    return division ?? null;
  }
  const head = [article.kicker, title, article.subtitle].filter(Boolean).join('\n');
  const body = article.body.map((block) => block.text).join('\n');
  const match = resolveRegion({ head, body, publication }, gazetteer);
  if (match.status === 'found') {
    if (match.inferred)
      notices.push({
        line: article.from,
        message: `地区按${match.evidence}定为 ${regionTrail(match.division).join('')}：请确认；不对时在设置文件中写 region。`,
      });
    return match.division;
  }
  if (match.status === 'ambiguous') {
    const places = match.candidates.map((division) => regionTrail(division).join('')).join('、');
    const homonyms = match.candidates.every((division) => division.name === match.name);
    notices.push({
      line: article.from,
      message: homonyms
        ? `地区不详：“${match.name}”有多处（${places}），文中和出处都看不出是哪一个。${regionFix}`
        : `地区不详：文中提到 ${places} 一样多，看不出主要讲哪一个。${regionFix}`,
    });
  } else {
    notices.push({ line: article.from, message: `地区不详：${match.reason}。${regionFix}` });
  }
  return null;
}
