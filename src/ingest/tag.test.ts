import { describe, expect, it } from 'vitest';
import { contentDir } from '../integrations/paths.ts';
import { explainPassage, tagPassage } from './tag.ts';
import { loadTaxonomy } from '../content-model/taxonomy.ts';
import type { MeasureEntry } from '../content-model/measure.ts';

const taxonomy = loadTaxonomy(contentDir);

function measure(id: string, triggers: Partial<MeasureEntry['triggers']>): MeasureEntry {
  return {
    id,
    name: id,
    aliases: [],
    synonyms: [],
    narrower: [],
    category: 'organizing',
    definition: '',
    related: [],
    triggers: { strong: [], cues: [], headings: [], exclude: [], ...triggers },
  };
}

describe('tagPassage on real passages', () => {
  it('tags what a passage describes doing, sorted', () => {
    const text =
      '——依法推进非公建会。在两江新区建立和推行“一函两书”制度(《工会组建意见函》《工会组建法律监督检查意见书》《工会组建法律监督建议书》);积极探索设立建会补助专项资金、实行200人以下工会主席工作补贴和送印章、送牌匾等方式激励非公组织建会。';
    expect(tagPassage({ text, heading: '问题导向 自我革新推动建会入会' }, taxonomy)).toEqual([
      'cadre-team',
      'funding-guarantee',
      'non-public-enterprise-unions',
      'union-founding-by-law',
    ]);
  });

  it('ignores a measure named only in a question', () => {
    const text = '如何在党建引领下有效推进工会改革，如何与其他群团组织联动，促进工会工作扎实开展？';
    expect(tagPassage({ text, heading: null }, taxonomy)).toEqual([]);
  });

  it('ignores a measure named only as a metaphor (“职工之家”就在身边)', () => {
    const text = '两江新区总工会坚持不懈地狠抓基层工会组织建设，让职工切实感受到“职工之家”就在身边。';
    expect(tagPassage({ text, heading: null }, taxonomy)).not.toContain('service-venues');
  });

  it('ignores a list of praised experiences', () => {
    const text =
      '职工之家和暖心驿站社会化建设、会员满意度评价机制、基层经费保障“三补贴”“三挂钩”等改革经验，受到社会各界的广泛好评。';
    expect(tagPassage({ text, heading: null }, taxonomy)).toEqual([]);
  });

  it('does not read party building in a state enterprise as 党建带工建', () => {
    const text =
      '以考评强政。结合分析国有企业年度党建工作重点任务、基本要求，制定每个月的《基层党组织主题党日活动计划》。';
    expect(tagPassage({ text, heading: null }, taxonomy)).toEqual([]);
  });

  it('does not count a joint union that only receives funds as building joint unions', () => {
    const text = '市总将社区联合工会经费保障的试点任务分派给了顺义区总工会。';
    expect(tagPassage({ text, heading: null }, taxonomy)).not.toContain('regional-industry-joint-unions');
  });
});

describe('tagPassage context rules', () => {
  const cueOnly = measure('cue-only', { cues: ['工会经费'], headings: ['经费'] });

  it('needs a reported action beside a cue, not the cue alone', () => {
    expect(tagPassage({ text: '工会经费很重要。工会经费不足。', heading: null }, [cueOnly])).toEqual([]);
    expect(tagPassage({ text: '制定了工会经费办法。拨付工会经费30万元。', heading: null }, [cueOnly])).toEqual([
      'cue-only',
    ]);
  });

  it('lets a matching heading complete a single cue sentence', () => {
    const passage = { text: '制定了工会经费办法。', heading: null };
    expect(tagPassage(passage, [cueOnly])).toEqual([]);
    expect(tagPassage({ ...passage, heading: '加大基层经费支持保障力度' }, [cueOnly])).toEqual(['cue-only']);
  });

  it('does not count the cue itself as the action (工会组建 is not 组建)', () => {
    const founding = measure('founding', { cues: ['工会组建'] });
    expect(tagPassage({ text: '工会组建是基础。影响工会组建的因素依然存在。', heading: null }, [founding])).toEqual([]);
  });

  it('reads … as a short gap and + as “both in one sentence”', () => {
    const rules = measure('rules', { strong: ['纳入…考核', '党委+工会'] });
    expect(tagPassage({ text: '把建会工作纳入党建重点考核目标。', heading: null }, [rules])).toEqual(['rules']);
    expect(tagPassage({ text: '纳入了全区经济社会发展的年度综合考核。', heading: null }, [rules])).toEqual([]);
    expect(tagPassage({ text: '工会工作得到镇党委支持。', heading: null }, [rules])).toEqual(['rules']);
  });

  it('drops a sentence holding an exclude phrase', () => {
    const rules = measure('rules', { strong: ['职工之家'], exclude: ['感受到…职工之家'] });
    expect(tagPassage({ text: '让职工感受到工会是“职工之家”。', heading: null }, [rules])).toEqual([]);
  });
});

describe('explainPassage', () => {
  it('gives the sentences and phrases behind each tag, and near misses', () => {
    const text = '2018年以来，顺义区总工会首次将企业沟通会作为重点推动内容之一。社会面《工会法》意识淡薄，影响建会。';
    const explanations = explainPassage({ text, heading: null }, taxonomy);
    expect(explanations.find((explanation) => explanation.id === 'dual-communication')).toEqual({
      id: 'dual-communication',
      score: 2,
      tagged: true,
      reasons: [
        {
          kind: 'strong',
          phrase: '企业沟通会',
          text: '2018年以来，顺义区总工会首次将企业沟通会作为重点推动内容之一。',
        },
      ],
    });
    expect(explanations.find((explanation) => explanation.id === 'union-founding-by-law')).toMatchObject({
      score: 1,
      tagged: false,
    });
  });
});
