/** What the structural lines of a newspaper article look like. */

export const markdownHeading = /^(#{1,6})\s*([^#\s].*)$/;
/** 副题: ——顺义大党建推动工会改革成效纪实 */
export const subtitleLine = /^(?:——|--|—)\s*(.+)$/;
/** □本报记者 张江艳 · ■黄海虹、王慧 · 文/金佳 何君林 · 本报记者 X · 工人日报-中工网记者X */
export const bylineLine =
  /^(?:[□■◎●▲]\s*|(?:文|撰文|作者|图文)\s*[/／｜|：:]\s*|(?=(?:本报)?(?:记者|通讯员)\s+\S)|(?=[\p{Script=Han}]{2,12}(?:[-—－·]+[\p{Script=Han}]{2,12})?(?:记者|記者|通讯员|通訊員)\s*[\p{Script=Han}]{2,4}(?:\s+[\p{Script=Han}]{2,4})*$))(.{1,40})$/u;
/** （作者单位：台州市总工会） */
export const authorUnitLine = /^（\s*作者单位\s*：\s*(.+?)\s*）$/;
/** 凌云施工 通讯员胡江丰 摄 */
export const creditLine =
  /^(?:.{0,30}\s)?(?:\S*(?:通讯员|记者)\S*\s*)?(?:摄|摄影)$|^(?:图|摄影)\s*[/／：:]\s*\S.{0,20}$/;
/** 【改革经验】 工会改革工作稳步开展 */
export const bracketLabel = /^【[^】]{1,12}】/;
/** 记者：… / 李慧哲：… (only inside an interview) */
export const turnLine = /^(记者|问|答|[\p{Script=Han}]{2,4})：(.+)$/u;
export const questionSpeakers = new Set(['记者', '问', '本报记者']);

/** Longest line (characters) of a newspaper column; longer lines are running text. */
export const columnWidth = 40;
/** Longest display line (title, heading, caption). */
export const displayWidth = 36;
