import type { FileSystem } from '../../core/ports/fileSystem';

/**
 * A file system that counts the reads of files whose path `counts`: whole and ranged reads, or
 * whole reads alone with `{ ranged: false }`.
 */
export function countingReads(
  base: FileSystem,
  counts: (path: string) => boolean,
  { ranged = true }: { ranged?: boolean } = {},
): { fileSystem: FileSystem; reads: () => number } {
  let reads = 0;
  const count = (path: string, isRanged = false): void => {
    if (counts(path) && (ranged || !isRanged)) reads++;
  };
  return {
    fileSystem: {
      ...base,
      readFile(path) {
        count(path);
        return base.readFile(path);
      },
      readFileRange(path, offset, length) {
        count(path, true);
        return base.readFileRange(path, offset, length);
      },
    },
    reads: () => reads,
  };
}
