import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseBody } from './case-body.ts';
import { projectRoot } from '../integrations/paths.ts';
import { tempFolder } from '../../scripts/lib/temp-folder.ts';

describe('caseBody', () => {
  const folder = tempFolder('case-body');
  const body =
    '<P id="p-1" measures="party-building-leads-union">正文第一段。</P>\n<Heading id="h-1">小标题</Heading>\n';
  folder.write('cases/a.mdx', `---\ntitle: 标题\n---\n${body}`);

  it('reads the body of a stored entry from its file, given relative to the project as the loader stores it', () => {
    const filePath = path.relative(projectRoot, path.join(folder.dir, 'cases/a.mdx'));
    expect(caseBody({ id: 'a', filePath })).toBe(body);
  });

  it('gives the body of an entry made with one as it is', () => {
    expect(caseBody({ id: 'a', body: '<P id="p-2">别的</P>', filePath: 'no/such/file.mdx' })).toBe(
      '<P id="p-2">别的</P>',
    );
  });

  it('names the case when there is neither body nor file', () => {
    expect(() => caseBody({ id: 'lost-case' })).toThrow(/lost-case/);
  });
});
