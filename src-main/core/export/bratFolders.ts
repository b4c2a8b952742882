import { createBratFileStems, type BratFileStem } from './bratFileStems';

/** One folder of a brat export: a path prefix ("" or "<folder>/") and the stems taken in it. */
export interface BratFolder {
  prefix: string;
  stemFor: (documentId: string) => BratFileStem;
}

/**
 * The folders a brat export writes into, given the annotators it holds: the export folder itself
 * for one annotator (or none), else one per annotator, named like a file stem so that the name
 * is safe on every system and unique even where case does not count.
 */
export function createBratFolders(annotators: readonly string[]) {
  const root: BratFolder = { prefix: '', stemFor: createBratFileStems() };
  const folderNameFor = createBratFileStems();
  const byAnnotator = new Map<string, BratFolder>();
  const folderOf = (annotator: string): BratFolder => {
    let folder = byAnnotator.get(annotator);
    if (!folder) {
      folder = { prefix: `${folderNameFor(annotator).stem}/`, stemFor: createBratFileStems() };
      byAnnotator.set(annotator, folder);
    }
    return folder;
  };
  const perAnnotator = annotators.length > 1;
  if (perAnnotator) for (const annotator of annotators) folderOf(annotator);
  return {
    /** Where one annotator's document goes; a document of nobody's goes into every folder. */
    of(annotator: string): BratFolder[] {
      if (!perAnnotator) return [root];
      return annotator === '' ? [...byAnnotator.values()] : [folderOf(annotator)];
    },
    /** Every folder, for the configuration files. */
    all: (): BratFolder[] => (perAnnotator ? [...byAnnotator.values()] : [root]),
  };
}
