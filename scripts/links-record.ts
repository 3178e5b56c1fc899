// Records every current case URL and passage anchor as published (content/published.json).
// Run it when publishing; commit the file. The registry only grows.
import { checkLinkState, readLinkState, writeRegistry } from '../src/integrations/link-files.ts';
import { contentDir } from '../src/integrations/paths.ts';
import { recordLinks } from '../src/utils/link-registry.ts';

const state = readLinkState();
const { problems, unregistered } = checkLinkState(state);
if (problems.length > 0) {
  console.error(`不能登记：已发布的链接将会失效：\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
const registry = recordLinks(state.registry, state.current, today);
writeRegistry(registry, contentDir);
const revised = Object.entries(registry.cases).filter(
  ([id, entry]) => entry.revised === today && state.registry.cases[id]?.revised !== today,
);
console.log(
  `已登记 ${Object.keys(registry.cases).length} 个案例（新增网址或锚点 ${unregistered.length} 个，今日修订 ${revised.length} 个）。请提交 content/published.json。`,
);
