import { execFileSync, spawn } from 'node:child_process';

/**
 * Runs Pagefind's indexer (the `pagefind` binary of the npm package) over the HTML pages in
 * `input`, writing a bundle to `output`. `language` forces one index language for every page.
 * Resolves with the exit code; the indexer's own messages go to stderr.
 */
export function runPagefind(pagefindBin: string, input: string, output: string, language: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(pagefindBin, ['--site', input, '--output-path', output, '--force-language', language], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** The version the `pagefind` binary reports (`pagefind --version`: "pagefind 1.6.0"). */
export function pagefindVersion(pagefindBin: string): string {
  return execFileSync(pagefindBin, ['--version'], { encoding: 'utf8' }).trim();
}
