/**
 * The context rules shared by every measure: what counts as a sentence, as a reported action,
 * and as a sentence that only talks *about* work instead of reporting it.
 */

/** Verbs of doing: a cue phrase counts only in a sentence that reports one of these. */
export const actionWords = [
  '建立',
  '建成',
  '成立',
  '组建',
  '建会',
  '入会',
  '开展',
  '推进',
  '推动',
  '推行',
  '实施',
  '实行',
  '制定',
  '出台',
  '印发',
  '召开',
  '组织',
  '举办',
  '设立',
  '配备',
  '配强',
  '配齐',
  '招募',
  '发放',
  '纳入',
  '列入',
  '落实',
  '探索',
  '完善',
  '健全',
  '创建',
  '打造',
  '培训',
  '选树',
  '搭建',
  '整合',
  '携手',
  '签订',
  '返还',
  '拨付',
  '救助',
  '慰问',
  '覆盖',
  '试点',
  '核查',
  '摸清',
  '对接',
  '梳理',
  '评选',
  '表彰',
  '培育',
  '吸纳',
  '举行',
  '参加',
  '联合',
  '达成',
  '授牌',
  '命名',
  '选择',
  '部署',
  '建设',
  '启动',
  '精简',
  '设置',
  '提高到',
  '减为',
  '减至',
  '办理',
  '资助',
  '补贴',
  '补助',
  '召集',
  '邀请',
  '编写',
  '集中',
  '攻坚',
  '聘',
  '引导',
  '激励',
  '扶持',
  '助推',
  '开设',
  '传授',
];

/**
 * Sentences that do not report work: questions, and the slogans or principles an article
 * quotes ("哪里有职工，哪里就有工会组织"). A measure named only there is a passing mention.
 */
const notReporting = [/[？?]$/, /^如何/, /哪里有职工/, /等[^，。]{0,6}(经验|做法)[，,]?(受到|得到|获得)/];

/** Splits a passage into sentences (ending with 。！？；, or a line break). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？；!?;])|\n/)
    .map((sentence) => sentence.replace(/^[\s”"’]+|[\s“"‘]+$/g, '').trim())
    .filter(Boolean);
}

/** True when a sentence reports work being done, not a question or a quoted principle. */
export function isReporting(sentence: string): boolean {
  return !notReporting.some((pattern) => pattern.test(sentence));
}

const actionPattern = new RegExp(actionWords.join('|'));

/**
 * True when a sentence names an action (see {@link actionWords}) besides the trigger itself:
 * the cue 工会组建 alone does not report that anything was 组建.
 */
export function hasAction(sentence: string, trigger: Phrase): boolean {
  return actionPattern.test(trigger.parts.reduce((rest, part) => rest.split(part).join('，'), sentence));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A compiled trigger phrase: every part must occur in the sentence. */
export interface Phrase {
  /** As written in the measure file, e.g. `党委+工会`. */
  source: string;
  parts: RegExp[];
}

/**
 * Compiles a trigger phrase. `…` stands for up to 12 characters (`纳入…考核`); `+` joins
 * parts that must all occur in the same sentence, in any order (`党委+工会`).
 */
export function compilePhrase(phrase: string): Phrase {
  return {
    source: phrase,
    parts: phrase.split('+').map((part) => new RegExp(part.split('…').map(escapeRegExp).join('[^。！？；]{0,12}'))),
  };
}

/** The first phrase all of whose parts occur in the sentence, if any. */
export function findPhrase(phrases: readonly Phrase[], sentence: string): Phrase | undefined {
  return phrases.find(({ parts }) => parts.every((part) => part.test(sentence)));
}
