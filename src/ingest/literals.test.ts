import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralIndex } from './literals.ts';

describe('LiteralIndex', () => {
  it('finds exactly the literals that occur in the text', () => {
    const index = new LiteralIndex(['顺义区', '顺义', '北京', '北京市', '区', '', '𠀀区', '义区']);
    expect([...index.foundIn('北京市顺义区')].sort()).toEqual(
      ['', '北京', '北京市', '区', '义区', '顺义', '顺义区'].sort(),
    );
    expect([...index.foundIn('')]).toEqual(['']);
    expect(new LiteralIndex(['顺义']).foundIn('顺').size).toBe(0);
  });

  it('agrees with String#includes on any text', () => {
    const character = fc.constantFrom('顺', '义', '区', '北', '京', '市', '𠀀', 'a', '\n', '\ud800');
    const word = fc.array(character, { maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(character, { maxLength: 40 }), (literals, parts) => {
        const text = parts.join('');
        const found = new LiteralIndex(literals).foundIn(text);
        expect([...found].sort()).toEqual([...new Set(literals.filter((literal) => text.includes(literal)))].sort());
      }),
    );
  });
});
