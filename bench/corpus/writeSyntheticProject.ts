import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeAnnotationFile } from '../../src-main/core/annotations/serializeAnnotationFile';
import { createDefaultProjectConfig } from '../../src-main/core/project/defaultProjectConfig';
import { serializeProjectConfig } from '../../src-main/core/project/loadProjectConfig';
import { codePointLength } from '../../src-main/core/text/codePoints';
import { sha256OfText } from '../../src-main/core/text/sha256';
import { generateCorpus, type CorpusOptions } from './syntheticCorpus';

export interface WrittenProject {
  root: string;
  documents: number;
  spans: number;
  /** Bytes of annotation JSON written. */
  annotationBytes: number;
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
    const reference = {
      id: document.id,
      path: `${document.id}.txt`,
      title: document.title,
      textSha256: sha256OfText(document.text),
      textLength: codePointLength(document.text),
    };
    for (const [annotator, annotations] of Object.entries(document.annotations)) {
      const json = serializeAnnotationFile({
        format: 'parley-annotations',
        version: 1,
        document: reference,
        annotator,
        annotations,
      });
      writeFileSync(join(root, 'annotations', annotator, `${document.id}.json`), json);
      spans += annotations.length;
      annotationBytes += Buffer.byteLength(json);
    }
  }
  return { root, documents: count, spans, annotationBytes };
}
