import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
 * Makes sure Chromium and a Chinese font are there. As root on Debian it installs
 * them with apt (and says so); elsewhere it explains what to install.
 */
export function ensureChromium(): string {
  const browser = findChromium();
  if (browser && hasChineseFont()) return browser;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error(
      '找不到 Chromium 或中文字体。请安装 Chromium（Debian/Ubuntu：apt-get install chromium fonts-noto-cjk），' +
        '或用 CHROMIUM_PATH 指向已安装的 Chromium / Chrome。',
    );
  }
  console.log('正在用 apt 安装 chromium 和 fonts-noto-cjk（端到端测试需要）…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findChromium();
  if (!installed) throw new Error('apt 安装完成，但仍找不到 /usr/bin/chromium。');
  return installed;
}
