// Shared by the export and import tests; not used by the app.
import type { Annotation } from '../annotations/annotationSchema';
import { createDefaultProjectConfig } from '../project/defaultProjectConfig';
import { createExporter } from './createExporter';
import type { ExportContext, ExportDocument, ExportOptions } from './exportDocument';
import type { ExportFormat } from './exportFormats';
import type { ExportWarning } from './exportWarning';

const project = createDefaultProjectConfig('Fixture');

/** The default label set plus a boolean attribute, so every attribute type is exercised. */
export function fixtureContext(options?: ExportOptions): ExportContext {
  return {
    labels: project.labels,
    attributes: [...project.attributes, { id: 'reported', name: 'Reported', type: 'boolean' }],
    ...(options ? { options } : {}),
  };
}

/** A span on `text` between code points `start` and `end`, its `text` sliced by code points. */
export function span(
  text: string,
  start: number,
  end: number,
  label: string,
  extra: Partial<Annotation> = {},
): Annotation {
  return {
    id: `${label}-${start}-${end}`,
    label,
    start,
    end,
    text: Array.from(text).slice(start, end).join(''),
    ...extra,
  };
}

/** A document around `text` with the given spans. */
export function fixtureDocument(
  id: string,
  text: string,
  annotations: Annotation[],
  annotator = 'alice',
): ExportDocument {
  return {
    id,
    path: `articles/${id}.txt`,
    title: `Title of ${id}`,
    meta: { source: 'fixture' },
    text,
    textSha256: '0'.repeat(64),
    annotator,
    annotations,
  };
}

/** A sentence from the corpus (000_9cdbc204e52fb821.txt). */
export const CORPUS_SENTENCE =
  "Russia has massed troops near Ukraine's border and demanded the U.S.-led NATO alliance not admitting the former Soviet state.";

export interface ExportRun {
  /** Every file's full text, chunks appended in order. */
  files: Record<string, string>;
  warnings: ExportWarning[];
}

/** Runs a whole export in memory. */
export function runExport(
  format: ExportFormat,
  context: ExportContext,
  documents: readonly ExportDocument[],
): ExportRun {
  const exporter = createExporter(format, context);
  const files: Record<string, string> = {};
  const warnings: ExportWarning[] = [];
  const append = (chunks: { file: string; text: string }[]): void => {
    for (const chunk of chunks) files[chunk.file] = (files[chunk.file] ?? '') + chunk.text;
  };
  append(exporter.start());
  for (const document of documents) {
    const output = exporter.addDocument(document);
    append(output.chunks);
    warnings.push(...output.warnings);
  }
  append(exporter.finish());
  return { files, warnings };
}
