import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';

/**
 * Loads a folder's files, and again in `astro dev` whenever one of them (ending in `extension`)
 * changes; a mistake then is logged, not thrown, so the dev server keeps running.
 */
export async function syncAndWatch(
  context: LoaderContext,
  folder: string,
  extension: string,
  sync: (context: LoaderContext) => Promise<void>,
): Promise<void> {
  await sync(context);
  context.watcher?.add(folder);
  context.watcher?.on('all', async (_event, changed) => {
    if (!changed.startsWith(folder) || !changed.endsWith(extension)) return;
    try {
      await sync(context);
      context.logger.info(`已重新读取 ${path.basename(changed)}`);
    } catch (error) {
      context.logger.error((error as Error).message);
    }
  });
}
