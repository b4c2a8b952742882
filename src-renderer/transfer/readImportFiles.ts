import type { ImportAnnotationFilesInput } from '../../src-main/contract/parleyContract';

export type ImportFile = ImportAnnotationFilesInput['files'][number];

/**
 * The text of the chosen files, named by their path inside a chosen folder when there is one
 * (brat pairs `.ann` and `.txt` files by that path), else by their name.
 */
export async function readImportFiles(files: Iterable<File>): Promise<ImportFile[]> {
  return Promise.all(
    [...files].map(async (file) => ({
      name: file.webkitRelativePath || file.name,
      content: await file.text(),
    })),
  );
}
