export const MAX_RECENT_PROJECTS = 10;

/** The list with `root` first, each path once, at most MAX_RECENT_PROJECTS long. */
export function withRecentProject(recent: readonly string[], root: string): string[] {
  return [...new Set([root, ...recent])].slice(0, MAX_RECENT_PROJECTS);
}

export function withoutRecentProject(recent: readonly string[], root: string): string[] {
  return recent.filter((path) => path !== root);
}

/** De-duplicates and caps a list read from disk, keeping only folders that still exist. */
export async function existingRecentProjects(
  recent: readonly string[],
  isFolder: (path: string) => Promise<boolean>,
): Promise<string[]> {
  const kept: string[] = [];
  for (const path of new Set(recent)) {
    if (kept.length === MAX_RECENT_PROJECTS) break;
    if (await isFolder(path)) kept.push(path);
  }
  return kept;
}
