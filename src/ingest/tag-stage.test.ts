import { describe, expect, it } from 'vitest';
import { tagBlocks } from './tag-stage.ts';
import { taxonomy } from './testing.ts';
import type { Block } from './types.ts';

const block = (kind: Block['kind'], text: string): Block => ({ kind, text, from: 1, to: 1, gapBefore: 1, gapAfter: 1 });

describe('tag stage', () => {
  it('tags paragraphs and turns, never headings, captions or credits (000 snippet)', () => {
    const body = [
      block('heading', '非公企业建会打开突破口'),
      block(
        'paragraph',
        '“建立工会组织、发展职工入会，是做好各项工作的基础和前提。我们将非公建会等重点工作纳入到‘大党建’工作绩效考核体系，同其他党建工作同谋划、同部署、同督导，形成了‘工会考核考党委，建会成效抓书记’的工作局面。”',
      ),
      block('caption', '职工叉车技能大赛'),
      block('credit', '凌云施工 通讯员胡江丰 摄'),
    ];
    const tags = tagBlocks(body, taxonomy);
    expect(tags[0]).toEqual([]);
    expect(tags[1]?.length).toBeGreaterThan(0);
    expect(tags.slice(2)).toEqual([[], []]);
    expect(tags[1]?.every((id) => taxonomy.some((measure) => measure.id === id))).toBe(true);
  });
});
