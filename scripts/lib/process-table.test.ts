import { describe, expect, it } from 'vitest';
import { processTable, withDescendants } from './process-table.ts';

describe('withDescendants', () => {
  it('finds children listed before their parents, and leaves other trees out', () => {
    const table = [
      { pid: 5, parent: 9, ended: false }, // grandchild, listed before its parent
      { pid: 9, parent: 1, ended: false },
      { pid: 1, parent: 0, ended: false },
      { pid: 7, parent: 0, ended: false },
      { pid: 8, parent: 7, ended: false },
    ];
    expect([...withDescendants([1], table)].sort()).toEqual([1, 5, 9]);
  });
});

describe('processTable', () => {
  it('lists this process under its parent', () => {
    const me = processTable().find((entry) => entry.pid === process.pid);
    expect(me).toEqual({ pid: process.pid, parent: process.ppid, ended: false });
  });
});
