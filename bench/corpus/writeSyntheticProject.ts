import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeAnnotationFile } from '../../src-main/core/annotations/serializeAnnotationFile';
import { createDefaultProjectConfig } from '../../src-main/core/project/defaultProjectConfig';
import { serializeProjectConfig } from '../../src-main/core/project/loadProjectConfig';
import { codePointLength } from '../../src-main/core/text/codePoints';
import { sha256OfText } from '../../src-main/core/text/sha256';
import { generateCorpus, type CorpusOptions, type SyntheticDocument } from './syntheticCorpus';

export interface WrittenProject {
  root: string;
  documents: number;
  spans: number;
  /** Bytes of annotation JSON written. */
  annotationBytes: number;
}

/** Each annotator's annotation file for a synthetic document, as Parley writes it. */
export function annotationFilesOf(
  document: SyntheticDocument,
): { annotator: string; json: string; spans: number }[] {
  const reference = {
    id: document.id,
    path: `${document.id}.txt`,
    title: document.title,
    textSha256: sha256OfText(document.text),
    textLength: codePointLength(document.text),
  };
  return Object.entries(document.annotations).map(([annotator, annotations]) => ({
    annotator,
    json: serializeAnnotationFile({
      format: 'parley-annotations',
      version: 1,
      document: reference,
      annotator,
      annotations,
    }),
    spans: annotations.length,
  }));
}

/** Writes a synthetic project: parley.json, one plain-text article per document, and each annotator's files. */
export function writeSyntheticProject(
  root: string,
  count: number,
  options: CorpusOptions,
): WrittenProject {
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'parley.json'),
    serializeProjectConfig(createDefaultProjectConfig('Synthetic benchmark project')),
  );
  for (const annotator of options.annotators)
    mkdirSync(join(root, 'annotations', annotator), { recursive: true });
  let spans = 0;
  let annotationBytes = 0;
  for (const document of generateCorpus(count, options)) {
    writeFileSync(join(root, `${document.id}.txt`), document.text);
    for (const file of annotationFilesOf(document)) {
      writeFileSync(join(root, 'annotations', file.annotator, `${document.id}.json`), file.json);
      spans += file.spans;
      annotationBytes += Buffer.byteLength(file.json);
    }
  }
  return { root, documents: count, spans, annotationBytes };
}
