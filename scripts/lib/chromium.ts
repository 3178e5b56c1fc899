import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { ensureSystemTools } from './system-packages.ts';

/** Flags Chromium needs on this closed-network, root-run machine. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The system Chromium to drive (Playwright's own browser download is never used). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env['CHROMIUM_PATH'];
  if (configured) return existsSync(configured) ? configured : null;
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

/**
 * Makes sure Chromium and a Chinese font are there (installed with apt as root on Debian, else
 * a message says what to install).
 */
export function ensureChromium(): string {
  ensureSystemTools([
    { purpose: '端到端测试', packages: ['chromium'], isPresent: () => findChromium() !== null },
    { purpose: '中文页面截图', packages: ['fonts-noto-cjk'], isPresent: hasChineseFont },
  ]);
  const browser = findChromium();
  if (!browser)
    throw new Error('找不到 Chromium：请安装 chromium，或用 CHROMIUM_PATH 指向已安装的 Chromium / Chrome。');
  return browser;
}

/** The system Chromium, headless, with this machine's flags: what every script and test drives. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
}
