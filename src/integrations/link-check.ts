import type { AstroIntegration } from 'astro';
import { checkLinkState, readLinkState } from './link-files.ts';

/**
 * Fails the build when a published case URL or passage anchor would disappear without a
 * successor (see content/cases/README.md, 永久链接).
 */
export function linkCheck(): AstroIntegration {
  return {
    name: 'archive:link-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const { problems, unregistered } = checkLinkState(readLinkState());
        if (unregistered.length > 0) {
          logger.info(
            `${unregistered.length} 个案例网址或段落锚点尚未登记为已发布；发布时运行 npm run links:record 并提交 content/published.json。`,
          );
        }
        if (problems.length > 0) {
          throw new Error(`已发布的链接将会失效（共 ${problems.length} 处）：\n- ${problems.join('\n- ')}`);
        }
      },
    },
  };
}
