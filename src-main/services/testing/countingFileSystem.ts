import type { FileSystem } from '../../core/ports/fileSystem';

/** A file system that counts the reads (whole or ranged) of files whose path `counts`. */
export function countingReads(
  base: FileSystem,
  counts: (path: string) => boolean,
): { fileSystem: FileSystem; reads: () => number } {
  let reads = 0;
  const count = (path: string): void => {
    if (counts(path)) reads++;
  };
  return {
    fileSystem: {
      ...base,
      readFile(path) {
        count(path);
        return base.readFile(path);
      },
      readFileRange(path, offset, length) {
        count(path);
        return base.readFileRange(path, offset, length);
      },
    },
    reads: () => reads,
  };
}
