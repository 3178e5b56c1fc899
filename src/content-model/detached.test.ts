import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { detached } from './detached.ts';

/** MB of heap that 300 kept ids, each cut from its own 200 KB text, hold; the texts are dropped. */
function heldByKeptIds(copy: 'detached' | 'as cut'): number {
  const script = `
    const detached = ${detached.toString()};
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    const kept = [];
    for (let i = 0; i < 300; i++) {
      const text = ['文'.repeat(100000), i].join('\\n') + '\\n<P measures="party-building-leads-union">正文</P>';
      const id = /measures="([^"]*)"/.exec(text.split('\\n').at(-1))[1];
      kept.push(${copy === 'detached' ? 'detached(id)' : 'id'});
    }
    globalThis.gc();
    process.stdout.write(String((process.memoryUsage().heapUsed - before) / 2 ** 20));
  `;
  return Number(execFileSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' }));
}

describe('detached', () => {
  it('is the same text', () => {
    for (const text of ['', 'a', 'party-building-leads-union', '党建带工建'.repeat(50)])
      expect(detached(text)).toBe(text);
  });

  it('keeps none of the text it was cut from alive, where a substring as cut keeps all of it', () => {
    expect(heldByKeptIds('as cut')).toBeGreaterThan(40);
    expect(heldByKeptIds('detached')).toBeLessThan(2);
  });
});
