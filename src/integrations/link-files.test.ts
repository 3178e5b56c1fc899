import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLinkState, readLinkState } from './link-files.ts';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__/links');

describe('link files in a content folder', () => {
  it('reads the registry, the successor files and the anchors of each case', () => {
    const state = readLinkState(fixture);
    expect(Object.keys(state.registry.cases)).toEqual(['old-name', 'taken-down']);
    expect(state.successors.withdrawn['taken-down']).toEqual({ date: '2026-03-01', reason: '原文作者要求撤稿。' });
    expect(state.current).toMatchObject([
      { id: 'new-name', anchors: ['h-1', 'p-1', 'p-3'], hash: expect.stringMatching(/^[0-9a-f]{16}$/) },
    ]);
    expect(state.current).toHaveLength(1);
  });

  it('passes a renamed case with a redirect and an anchor alias, and a withdrawn one', () => {
    expect(checkLinkState(readLinkState(fixture))).toEqual({ problems: [], unregistered: ['/cases/new-name/'] });
  });

  it('fails when the redirect of a published case URL is removed', () => {
    const state = readLinkState(fixture);
    state.successors.redirects = {};
    const { problems } = checkLinkState(state);
    expect(problems).toEqual([expect.stringContaining('/cases/old-name/ 将会消失')]);
  });

  it('names the file and field of a malformed successor file', () => {
    expect(() => readLinkState(path.join(fixture, 'cases'))).not.toThrow();
    expect(() => readLinkState(path.join(fixture, '..', 'bad-links'))).toThrow(
      /content\/withdrawn\.yaml:2 字段 gone\.date：日期写成 YYYY-MM-DD[\s\S]*修改方法：按 content\/LINKS\.md/,
    );
  });
});
