import type { APIRoute } from 'astro';
import { t } from '../i18n/t.ts';
import { loadArchive } from '../utils/archive.ts';
import { caseUrl } from '../utils/case-record.ts';
import { rssXml } from '../utils/feed.ts';
import { yearLabel } from '../utils/case-order.ts';
import { placeLabel } from '../utils/region-groups.ts';

/** Feed readers only show the newest items; the full list is /data/cases.json. */
const feedLength = 50;

/** `/feed.xml`: the newest cases as RSS 2.0. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const items = archive.cases.slice(0, feedLength).map((entry) => {
    const lines = [entry.data.kicker, entry.data.subtitle && `——${entry.data.subtitle}`].filter(Boolean);
    const place = placeLabel(archive.regionOf(entry.data));
    return {
      title: entry.data.title,
      url: caseUrl(entry.id, site!),
      description: [...lines, t('case.meta', { place, year: yearLabel(entry.data.year) })].join('　'),
      categories: (archive.measuresOfCase.get(entry.id) ?? []).map(
        (id) => archive.measureById.get(id)?.data.name ?? id,
      ),
      date: entry.data.provenance.date,
    };
  });
  const xml = rssXml(
    {
      title: t('site.title'),
      description: t('site.tagline'),
      siteUrl: new URL('/', site).href,
      feedUrl: new URL('/feed.xml', site).href,
    },
    items,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
