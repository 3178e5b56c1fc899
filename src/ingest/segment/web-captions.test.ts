import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize.ts';
import { segment } from './index.ts';

// A pasted web page: one line per paragraph, blank lines where its photos stood.
const page = [
  '某区总工会“职工驿家”建成启用',
  '近日，某区总工会在滨江科技园建成首个“职工驿家”，为园区一线职工提供休息、阅读和法律咨询等服务，当天共有三百余名职工到场参观体验。',
  '',
  '启用仪式现场',
  '驿家面积约二百平方米，设有阅读角、母婴室和心理疏导室，由园区工会联合会负责日常运营，每周开放六天，工作日晚间延长到九点。',
  '',
  '',
  '职工在阅读角看书',
  '区总工会还组织医护志愿者每月两次进驻驿家，免费为职工提供健康咨询，并把职工反映的问题转交园区管委会限期答复。',
  '',
  '法律顾问每周坐班',
  '法律顾问每周三下午在驿家坐班，为职工解答劳动合同、工资支付等问题，今年以来已接待咨询一百二十余人次。',
].join('\n');

describe('photo captions in a pasted web page', () => {
  it('sets aside a caption whose photo was lost, with its line and the reason, and keeps headings', () => {
    const [article] = segment(normalizeText(page));
    const headings = article?.body.filter((block) => block.kind === 'heading').map((block) => block.text);
    expect(headings).toEqual(['法律顾问每周坐班']);
    const captions = article?.removed.filter((entry) => entry.reason.startsWith('图片说明'));
    expect(captions?.map((entry) => [entry.from, entry.text])).toEqual([
      [4, '启用仪式现场'],
      [8, '职工在阅读角看书'],
    ]);
    expect(article?.body.map((block) => block.text).join('')).not.toMatch(/启用仪式现场|职工在阅读角看书/);
  });

  it('sets aside a line naming a photo (…合影) even when the paragraph under it repeats its words', () => {
    const posed = page.replace('职工在阅读角看书', '区总工会医护志愿者合影');
    const [article] = segment(normalizeText(posed));
    expect(article?.removed.map((entry) => entry.text)).toContain('区总工会医护志愿者合影');
  });

  it('keeps a numbered heading even when the paragraph under it uses other words', () => {
    const numbered = page.replace('启用仪式现场', '一、聚焦职工需求');
    const [article] = segment(normalizeText(numbered));
    expect(article?.body.some((block) => block.kind === 'heading' && block.text === '一、聚焦职工需求')).toBe(true);
  });
});
