import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/lib/chromium.ts';
import { outDir } from './src/integrations/paths.ts';

// One loopback port per run, chosen here and inherited by the workers through the environment.
process.env['E2E_PORT'] ??= String(4400 + Math.floor(Math.random() * 500));
const port = Number(process.env['E2E_PORT']);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node scripts/serve.ts --port ${port} ${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
