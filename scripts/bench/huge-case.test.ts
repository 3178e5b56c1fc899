import { describe, expect, it } from 'vitest';
import { parsePassages } from '../../src/content-model/passages.ts';
import { grownBody } from './huge-case.ts';

const body = [
  '<Heading id="h-2m9d1c">以党建为引领</Heading>',
  '',
  '<P id="p-7f3k2a" measures="party-building-leads-union">正文一段，工会改革。</P>',
  '',
  '<Caption id="c-8s7d6f">职工叉车技能大赛</Caption>',
].join('\n');

describe('grownBody', () => {
  it('repeats the blocks to the size asked for, every anchor once', () => {
    const grown = grownBody(body, 50_000);
    const passages = parsePassages(grown);
    expect(Buffer.byteLength(grown)).toBeGreaterThanOrEqual(50_000);
    expect(new Set(passages.map((passage) => passage.id)).size).toBe(passages.length);
    expect(passages.filter((passage) => passage.measures.includes('party-building-leads-union')).length).toBe(
      passages.length / 3,
    );
  });
});
