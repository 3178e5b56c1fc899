import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A system tool a test needs, how to tell it is there, and the Debian packages that bring it. */
export interface SystemTool {
  /** What it is for, in the message, e.g. `端到端测试`. */
  purpose: string;
  /** Debian package names, e.g. `['nginx']`. */
  packages: string[];
  /** True when the tool is usable as it is. */
  isPresent: () => boolean;
}

/** True when `command` is on PATH. */
export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v "$1"`, 'sh', command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let aptUpdated = false;

/**
 * Makes sure each tool is there. As root on Debian it installs the missing ones with apt (and
 * says so); elsewhere it throws a message that says what to install.
 */
export function ensureSystemTools(tools: SystemTool[]): void {
  const missing = tools.filter((tool) => !tool.isPresent());
  if (missing.length === 0) return;
  const packages = [...new Set(missing.flatMap((tool) => tool.packages))];
  const purposes = missing.map((tool) => tool.purpose).join('、');
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error(
      `${purposes}需要系统软件包 ${packages.join(' ')}。请先安装（Debian/Ubuntu：apt-get install ${packages.join(' ')}）。`,
    );
  }
  console.log(`正在用 apt 安装 ${packages.join(' ')}（${purposes}需要）…`);
  if (!aptUpdated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  aptUpdated = true;
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const stillMissing = missing.filter((tool) => !tool.isPresent());
  if (stillMissing.length > 0) {
    throw new Error(`apt 安装完成，但仍缺少：${stillMissing.map((tool) => tool.packages.join(' ')).join('、')}。`);
  }
}
