import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorsIn, listSources, settingsPathFor } from './ingest-files.ts';
import { tempFolder } from './temp-folder.ts';

describe('ingest files', () => {
  const sources = tempFolder('sources');

  it('lists only .txt files as sources and finds the settings file next to one', () => {
    const folder = sources.dir;
    for (const name of ['b.txt', 'a.txt', 'a.yaml', 'README.md']) sources.write(name, 'x');
    expect(listSources(folder)).toEqual(['a.txt', 'b.txt']);
    expect(settingsPathFor(folder, 'a.txt')).toBe(path.join(folder, 'a.yaml'));
    expect(settingsPathFor(folder, 'b.txt')).toBeNull();
  });

  it('reads the anchors of an existing case file by kind and text', () => {
    const mdx =
      '---\nid: x\n---\n\n<Heading id="h-aaaaaa">小标题</Heading>\n\n<Turn id="p-bbbbbb" speaker="记者" role="question" measures="">**记者**：问\\{题\\}</Turn>\n\n<Caption id="c-cccccc">说明</Caption>\n';
    expect([...anchorsIn(mdx)]).toEqual([
      ['h|小标题', 'h-aaaaaa'],
      ['p|记者：问{题}', 'p-bbbbbb'],
      ['c|说明', 'c-cccccc'],
    ]);
    expect(anchorsIn(null).size).toBe(0);
  });
});
