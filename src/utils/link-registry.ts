import type { AnchorAliases, Redirects, Registry, Withdrawn } from '../content-model/links.ts';

/** A case as it is in content/ now. */
export interface CurrentCase {
  id: string;
  anchors: string[];
  /** Fingerprint of the case file. */
  hash: string;
}

/** What stands in for a case URL or an anchor that is gone. */
export interface Successors {
  redirects: Redirects;
  withdrawn: Withdrawn;
  aliases: AnchorAliases;
}

const howToFix = '（写法见 content/LINKS.md）';

/** Follows renames from `id` to a current case; null when the chain ends nowhere or loops. */
export function resolveCase(id: string, current: Set<string>, redirects: Redirects): string | null {
  const seen = new Set<string>();
  let target: string | undefined = id;
  while (target !== undefined && !current.has(target)) {
    if (seen.has(target)) return null;
    seen.add(target);
    target = redirects[target];
  }
  return target ?? null;
}

/** Problems with the successor files themselves: each must point at something real. */
function successorProblems(cases: Map<string, CurrentCase>, successors: Successors): string[] {
  const problems: string[] = [];
  const ids = new Set(cases.keys());
  for (const [from, to] of Object.entries(successors.redirects)) {
    if (ids.has(from))
      problems.push(
        `content/redirects.yaml：「${from}」仍是现有的案例，不能同时重定向到「${to}」。删掉这一行，或删掉/改名该案例文件。`,
      );
    else if (!resolveCase(from, ids, successors.redirects))
      problems.push(
        `content/redirects.yaml：「${from}: ${to}」指向的「${to}」不是现有的案例（或形成循环）。现有案例：${[...ids].join('、')}。`,
      );
  }
  for (const id of Object.keys(successors.withdrawn)) {
    if (ids.has(id))
      problems.push(
        `content/withdrawn.yaml：「${id}」已写为撤下，但 content/cases/ 中仍有这个案例。删掉案例文件，或删掉这条撤下记录。`,
      );
  }
  for (const [id, aliases] of Object.entries(successors.aliases)) {
    const entry = cases.get(id);
    if (!entry) {
      problems.push(`content/anchor-aliases.yaml：「${id}」不是现有的案例。`);
      continue;
    }
    for (const [alias, target] of Object.entries(aliases)) {
      if (entry.anchors.includes(alias))
        problems.push(
          `content/anchor-aliases.yaml：案例 ${id} 仍有段落 #${alias}，不需要别名；删掉「${alias}: ${target}」这一行。`,
        );
      else if (!entry.anchors.includes(target))
        problems.push(
          `content/anchor-aliases.yaml：案例 ${id} 的「${alias}: ${target}」指向的段落 #${target} 不在该案例中。`,
        );
    }
  }
  return problems;
}

/**
 * Everything that would break a published link: a registered case URL with no current case,
 * redirect or tombstone, and a registered anchor that neither exists nor has an alias.
 * Each problem is one Chinese sentence naming the URL and the file to edit.
 */
export function checkLinks(registry: Registry, current: CurrentCase[], successors: Successors): string[] {
  const cases = new Map(current.map((entry) => [entry.id, entry]));
  const problems = successorProblems(cases, successors);
  for (const [id, registered] of Object.entries(registry.cases)) {
    if (successors.withdrawn[id]) continue;
    const target = resolveCase(id, new Set(cases.keys()), successors.redirects);
    if (!target) {
      problems.push(
        `已发布的案例网址 /cases/${id}/ 将会消失：content/cases/ 中已没有 id 为「${id}」的案例。` +
          `若案例改了名，在 content/redirects.yaml 中加一行「${id}: 新id」；若要撤下，在 content/withdrawn.yaml 中写明日期和原因${howToFix}。`,
      );
      continue;
    }
    const entry = cases.get(target);
    const aliases = successors.aliases[target] ?? {};
    for (const anchor of registered.anchors) {
      if (entry?.anchors.includes(anchor) || aliases[anchor]) continue;
      problems.push(
        `已发布的段落链接 /cases/${id}/#${anchor} 将会失效：案例「${target}」中已没有锚点 #${anchor}。` +
          `在 content/anchor-aliases.yaml 的「${target}:」下加一行「${anchor}: 接替它的段落锚点」${howToFix}。`,
      );
    }
  }
  return problems;
}

/** Case URLs and anchors present now but not yet in the registry (published by the next record). */
export function unregisteredLinks(registry: Registry, current: CurrentCase[]): string[] {
  return current.flatMap((entry) => {
    const registered = registry.cases[entry.id];
    if (!registered) return [`/cases/${entry.id}/`];
    return entry.anchors
      .filter((anchor) => !registered.anchors.includes(anchor))
      .map((anchor) => `/cases/${entry.id}/#${anchor}`);
  });
}

/**
 * The registry after publishing `current` on `today`: new cases and anchors are added, a
 * changed file gets `revised: today`; nothing is ever removed.
 */
export function recordLinks(registry: Registry, current: CurrentCase[], today: string): Registry {
  const cases = { ...registry.cases };
  for (const entry of current) {
    const known = cases[entry.id];
    if (!known) {
      cases[entry.id] = { published: today, revised: null, hash: entry.hash, anchors: [...entry.anchors] };
      continue;
    }
    cases[entry.id] = {
      ...known,
      revised: known.hash === entry.hash ? known.revised : today,
      hash: entry.hash,
      anchors: [...known.anchors, ...entry.anchors.filter((anchor) => !known.anchors.includes(anchor))],
    };
  }
  const sorted = Object.fromEntries(Object.entries(cases).sort(([a], [b]) => a.localeCompare(b)));
  return { cases: sorted };
}
