/**
 * The public base URL of the archive, used for QR codes, feeds, the sitemap and citations.
 * Set it with `SITE_URL` (see README). Until it is set, the placeholder below is used and
 * every build says so.
 */
export const placeholderSiteUrl = 'https://gonghui-anli.example.org/';

let warned = false;

/** `warn: false` where another process of the same build says it (scripts/content-outputs.ts). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env, { warn = true } = {}): string {
  const configured = env['SITE_URL']?.trim();
  if (configured) return configured.endsWith('/') ? configured : `${configured}/`;
  if (warn && !warned) {
    warned = true;
    console.warn(
      `[site-url] SITE_URL 未设置，暂用占位地址 ${placeholderSiteUrl}。` +
        '发布前请设置 SITE_URL（例如 SITE_URL=https://example.gov.cn/ npm run build），' +
        '否则二维码、引用和订阅中的链接都指向占位地址。',
    );
  }
  return placeholderSiteUrl;
}
