import { describe, expect, it } from 'vitest';
import type { PassageFile, PublishedPassageFile } from '../../schemas/passage-file.ts';
import { currentItem, resolveItem, sourceList, type PassageFileLoader } from './resolve.ts';

const published = (id: string, anchors: string[], aliases: Record<string, string> = {}): PublishedPassageFile => ({
  id,
  status: 'published',
  url: `https://example.org/cases/${id}/`,
  title: `标题${id}`,
  subtitle: null,
  region: '顺义区',
  province: '北京市',
  year: 2019,
  measureNames: {},
  citation: `引用 ${id}[2026-01-01].`,
  accessed: '2026-01-01',
  passages: anchors.map((anchor) => ({ anchor, kind: 'P', text: `${id} ${anchor}`, speaker: null, measures: [] })),
  aliases,
});

const files: Record<string, PassageFile> = {
  'new-name': published('new-name', ['p-a', 'p-b'], { 'p-old': 'p-b' }),
  'old-name': { id: 'old-name', status: 'redirected', redirectTo: 'new-name' },
  'older-name': { id: 'older-name', status: 'redirected', redirectTo: 'old-name' },
  loop: { id: 'loop', status: 'redirected', redirectTo: 'loop' },
  gone: { id: 'gone', status: 'withdrawn', date: '2026-03-01', reason: '重复', title: '旧稿' },
};
const load: PassageFileLoader = async (id) => files[id] ?? null;
const item = (caseId: string, anchor: string) => ({ caseId, anchor, note: '备注' });

describe('resolveItem', () => {
  it('finds a passage as published', async () => {
    const resolved = await resolveItem(item('new-name', 'p-a'), load);
    expect(resolved.kind === 'passage' && resolved.passage.text).toBe('new-name p-a');
  });

  it('follows renames and anchor aliases, and writes the item under its current names', async () => {
    const resolved = await resolveItem(item('older-name', 'p-old'), load);
    expect(resolved.kind === 'passage' && resolved.passage.anchor).toBe('p-b');
    expect(currentItem(resolved)).toEqual({ caseId: 'new-name', anchor: 'p-b', note: '备注' });
  });

  it('gives a tombstone, never nothing, for a withdrawn case, a vanished passage, an unknown case or a loop', async () => {
    expect(await resolveItem(item('gone', 'p-a'), load)).toMatchObject({
      kind: 'withdrawn',
      reason: '重复',
      title: '旧稿',
    });
    expect((await resolveItem(item('new-name', 'p-zzz'), load)).kind).toBe('missing-passage');
    expect((await resolveItem(item('nobody', 'p-a'), load)).kind).toBe('missing-case');
    expect((await resolveItem(item('loop', 'p-a'), load)).kind).toBe('missing-case');
    const gone = await resolveItem(item('gone', 'p-a'), load);
    expect(currentItem(gone)).toEqual(item('gone', 'p-a'));
  });
});

it('sourceList numbers each case once, in first-quoted order', async () => {
  const resolved = await Promise.all(
    [item('new-name', 'p-a'), item('gone', 'p-a'), item('old-name', 'p-b')].map((entry) => resolveItem(entry, load)),
  );
  const { numbers, files: sources } = sourceList(resolved);
  expect(sources.map((file) => file.id)).toEqual(['new-name']);
  expect(numbers.get('new-name')).toBe(1);
});
