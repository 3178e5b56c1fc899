import { describe, expect, it } from 'vitest';
import type { Registry } from '../content-model/links.ts';
import { checkLinks, recordLinks, resolveCase, unregisteredLinks, type Successors } from './link-registry.ts';

const registry: Registry = {
  cases: { a: { published: '2026-01-01', revised: null, hash: 'h1', anchors: ['p-1', 'p-2'] } },
};
const none: Successors = { redirects: {}, withdrawn: {}, aliases: {} };

describe('checkLinks', () => {
  it('passes when every published URL and anchor is still there', () => {
    expect(checkLinks(registry, [{ id: 'a', anchors: ['p-1', 'p-2', 'p-3'], hash: 'h2' }], none)).toEqual([]);
  });

  it('fails on a removed case URL, naming it and the files that would fix it', () => {
    const [problem, ...rest] = checkLinks(registry, [], none);
    expect(rest).toEqual([]);
    expect(problem).toContain('/cases/a/');
    expect(problem).toContain('content/redirects.yaml');
    expect(problem).toContain('content/withdrawn.yaml');
  });

  it('fails on a vanished anchor unless an alias points at a current passage', () => {
    const current = [{ id: 'a', anchors: ['p-1'], hash: 'h1' }];
    expect(checkLinks(registry, current, none)).toEqual([expect.stringContaining('/cases/a/#p-2')]);
    expect(checkLinks(registry, current, { ...none, aliases: { a: { 'p-2': 'p-1' } } })).toEqual([]);
    expect(checkLinks(registry, current, { ...none, aliases: { a: { 'p-2': 'p-7' } } })).toEqual([
      expect.stringContaining('#p-7 不在该案例中'),
    ]);
  });

  it('accepts a rename when the new case keeps the anchors, and a withdrawal', () => {
    const renamed = [{ id: 'b', anchors: ['p-1', 'p-2'], hash: 'h1' }];
    expect(checkLinks(registry, renamed, { ...none, redirects: { a: 'b' } })).toEqual([]);
    expect(checkLinks(registry, [], { ...none, withdrawn: { a: { date: '2026-02-01', reason: '撤稿' } } })).toEqual([]);
  });

  it('rejects redirects to nowhere and redirects of a case that still exists', () => {
    expect(checkLinks(registry, [], { ...none, redirects: { a: 'b' } })[0]).toContain('「b」不是现有的案例');
    const both = checkLinks(
      registry,
      [
        { id: 'a', anchors: ['p-1', 'p-2'], hash: 'h1' },
        { id: 'b', anchors: [], hash: 'x' },
      ],
      {
        ...none,
        redirects: { a: 'b' },
      },
    );
    expect(both).toEqual([expect.stringContaining('「a」仍是现有的案例')]);
  });
});

describe('resolveCase', () => {
  it('follows chains of renames and gives up on loops', () => {
    expect(resolveCase('a', new Set(['c']), { a: 'b', b: 'c' })).toBe('c');
    expect(resolveCase('a', new Set(['c']), { a: 'b', b: 'a' })).toBeNull();
  });
});

describe('recordLinks', () => {
  it('adds new cases and anchors, marks changed files revised, removes nothing', () => {
    const next = recordLinks(
      registry,
      [
        { id: 'a', anchors: ['p-1', 'p-3'], hash: 'h2' },
        { id: 'b', anchors: ['p-9'], hash: 'hb' },
      ],
      '2026-11-22',
    );
    expect(next.cases['a']).toEqual({
      published: '2026-01-01',
      revised: '2026-11-22',
      hash: 'h2',
      anchors: ['p-1', 'p-2', 'p-3'],
    });
    expect(next.cases['b']).toEqual({ published: '2026-11-22', revised: null, hash: 'hb', anchors: ['p-9'] });
  });

  it('leaves an unchanged case as it was', () => {
    const next = recordLinks(registry, [{ id: 'a', anchors: ['p-1', 'p-2'], hash: 'h1' }], '2026-11-22');
    expect(next).toEqual(registry);
    expect(unregisteredLinks(next, [{ id: 'a', anchors: ['p-1', 'p-2'], hash: 'h1' }])).toEqual([]);
  });
});
