// Serves a site a spec built itself the way its Playwright project serves dist/: real nginx with
// deploy/nginx.conf in the `nginx` project, `npm start`'s Node server otherwise.
import type { TestInfo } from '@playwright/test';
import { startNginx } from '../scripts/lib/nginx.ts';
import { serveStatic } from '../scripts/lib/static-server.ts';

export const nginxProject = 'nginx';

export async function serveSite(dir: string, testInfo: TestInfo): Promise<{ url: string; close: () => Promise<void> }> {
  if (testInfo.project.name === nginxProject) {
    const { url, stop } = await startNginx(dir);
    return { url, close: stop };
  }
  const { server, url } = await serveStatic(dir);
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
