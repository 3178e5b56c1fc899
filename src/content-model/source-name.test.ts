import { describe, expect, it } from 'vitest';
import { saferSourceName, sourceNameProblem } from './source-name.ts';

describe('sourceNameProblem', () => {
  it.each(['000_f9178d58492767ee.txt', '005_海淀区.txt', '顺义 工会（2019）.txt', 'a-b_c.d.txt'])(
    'accepts %s',
    (name) => {
      expect(sourceNameProblem(name)).toBeNull();
    },
  );

  it.each([
    ['005_海淀#1?.txt', '“#”“?”', '005_海淀1.txt'],
    ['006_a..%2Fb.txt', '“%”', '006_a.2Fb.txt'],
    ['..txt', '“..”', 'source.txt'],
    ['a\u0007b.txt', 'U+0007', 'ab.txt'],
    ['x:y*z.txt', '“:”“*”', 'xyz.txt'],
  ])('refuses %s, naming %s and suggesting %s', (name, named, suggested) => {
    const problem = sourceNameProblem(name);
    expect(problem).toContain(named);
    expect(problem).toContain(`请把文件改名为 ${suggested}`);
    expect(sourceNameProblem(saferSourceName(name))).toBeNull();
  });
});
