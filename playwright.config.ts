import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/lib/chromium.ts';
import { outDir } from './src/integrations/paths.ts';

// Loopback ports per run, chosen here and inherited by the workers through the environment: one
// for `npm start`'s Node server, one for real nginx with deploy/nginx.conf.
process.env['E2E_PORT'] ??= String(4400 + Math.floor(Math.random() * 500));
process.env['E2E_NGINX_PORT'] ??= String(4900 + Math.floor(Math.random() * 500));
const port = Number(process.env['E2E_PORT']);
const nginxPort = Number(process.env['E2E_NGINX_PORT']);

/** What a static host decides: search, highlight, redirects and tombstones, 404s, headers. */
const servedSpecs = ['search.spec.ts', 'highlight.spec.ts', 'links.spec.ts', 'hosting.spec.ts'];

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  use: {
    locale: 'zh-CN',
    launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${port}` } },
    {
      name: 'nginx',
      testMatch: servedSpecs,
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${nginxPort}` },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.ts --port ${port} ${outDir}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node scripts/serve-nginx.ts --port ${nginxPort} ${outDir}`,
      url: `http://127.0.0.1:${nginxPort}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
