/**
 * What the crash harness saves, shared by the parent and the child: an existing file of the
 * sample project and one that the first save creates. Save number n goes to target n mod 2.
 */
export const SAVE_TARGETS = [
  { annotator: 'alice', documentId: '288' },
  { annotator: 'carol', documentId: '733' },
] as const;

export type SaveTarget = (typeof SAVE_TARGETS)[number];

export function targetOfSave(sequence: number): SaveTarget {
  return SAVE_TARGETS[sequence % SAVE_TARGETS.length]!;
}

export function relativeFilePath(target: SaveTarget): string {
  return `annotations/${target.annotator}/${target.documentId}.json`;
}

/**
 * The child's reports, one line each on stdout: `ready`, `start <n>` before save n begins,
 * `done <n> <revision>` once it has returned.
 */
export type ChildReport =
  | { kind: 'ready' }
  | { kind: 'start'; sequence: number }
  | { kind: 'done'; sequence: number; revision: string };

export function parseChildReport(line: string): ChildReport | undefined {
  const [kind, sequence, revision] = line.split(' ');
  if (kind === 'ready') return { kind };
  if (kind === 'start' && sequence) return { kind, sequence: Number(sequence) };
  if (kind === 'done' && sequence && revision)
    return { kind, sequence: Number(sequence), revision };
  return undefined;
}
