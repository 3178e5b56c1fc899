import { escapeXml } from '../utils/xml.ts';

/**
 * A turn's HTML with its speaker marked up as a label: the speaker's own "记者：" prefix when
 * the text keeps it (as printed), else one added in front.
 */
export function speakerLabel(html: string, speaker: string | undefined): string {
  if (!speaker) return html;
  const name = escapeXml(speaker);
  const quoted = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // As printed, "记者：" — MDX may have made the name bold: "<strong>记者</strong>：".
  const prefix = new RegExp(`^\\s*(?:<strong>${quoted}</strong>|${quoted})\\s*[：:]\\s*`);
  const rest = html.replace(prefix, '');
  return `<b class="speaker">${name}：</b>${rest}`;
}
