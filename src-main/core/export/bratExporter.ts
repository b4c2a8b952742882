import {
  BRAT_NOTE_SEPARATOR,
  bratAnnotationConf,
  bratAttributeTypes,
  bratToken,
  bratVisualConf,
} from './bratConfiguration';
import { createBratFolders } from './bratFolders';
import { checkSpans, type CheckedSpan } from './checkSpans';
import type { CodePointIndex } from '../text/codePoints';
import type { ExportContext, ExportDocument, Exporter, OutputChunk } from './exportDocument';
import type { ExportWarning } from './exportWarning';
import { orderAttributes } from './orderAttributes';

/** What line-based readers (brat's Python, `str.splitlines`) take for a line end, plus tab. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly the point
const BREAK_RUNS = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+/gu;
// eslint-disable-next-line no-control-regex -- the complement of BREAK_RUNS
const FRAGMENTS = /[^\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+/gu;
const ATTRIBUTE_PREFIX = /^[A-Za-z0-9_-]+=/;

interface Fragment {
  /** Code points, end exclusive. */
  start: number;
  end: number;
  text: string;
}

/** The stretches of `span` between line breaks and tabs, which a brat T line cannot hold. */
function fragmentsOf(span: CheckedSpan, index: CodePointIndex): Fragment[] {
  return [...span.annotation.text.matchAll(FRAGMENTS)].map((match) => {
    const utf16Start = span.utf16Start + match.index;
    return {
      start: index.toCodePoint(utf16Start),
      end: index.toCodePoint(utf16Start + match[0].length),
      text: match[0],
    };
  });
}

const flatten = (value: string): string => value.replace(BREAK_RUNS, ' ');

/**
 * brat standoff: per document `<stem>.txt` (the text) and `<stem>.ann` (T lines with code-point
 * offsets, A lines for choice and boolean attributes, AnnotatorNotes for text attributes and the
 * note), and at the end `annotation.conf` and `visual.conf` for every label and value met. With
 * several annotators in `context.annotators`, each gets a folder of their own holding all of
 * that, so that every folder is a brat collection; a document without an annotator (exported
 * unannotated) goes into every folder.
 */
export function createBratExporter(context: ExportContext): Exporter {
  const filter = context.options?.labels ? new Set(context.options.labels) : undefined;
  const labels = context.labels.filter((label) => !filter || filter.has(label.id));
  const entityTypes = labels.map((label) => label.id);
  const attributeTypes = bratAttributeTypes(context.attributes);
  const definitions = new Map(context.attributes.map((attribute) => [attribute.id, attribute]));
  const extraValues = new Map<string, string[]>();
  const folders = createBratFolders(context.annotators ?? []);

  function annotationLines(document: ExportDocument, spans: CheckedSpan[], index: CodePointIndex) {
    const lines: string[] = [];
    const warnings: ExportWarning[] = [];
    let attributeNumber = 0;
    let noteNumber = 0;
    spans.forEach((span, spanIndex) => {
      const { annotation } = span;
      const warn = (kind: ExportWarning['kind'], message: string): void => {
        warnings.push({ documentId: document.id, spanId: annotation.id, kind, message });
      };
      const fragments = fragmentsOf(span, index);
      const first = fragments[0];
      const last = fragments[fragments.length - 1];
      if (!first || !last) {
        warn(
          'span-trimmed',
          'the span holds only line breaks or tabs, which brat cannot mark; left out',
        );
        return;
      }
      if (first.start !== span.start || last.end !== span.end) {
        warn(
          'span-trimmed',
          `brat spans cannot start or end with a line break; ${span.start}..${span.end} became ${first.start}..${last.end}`,
        );
      }
      const type = bratToken(annotation.label);
      if (type !== annotation.label) {
        warn('value-changed', `label "${annotation.label}" written as "${type}"`);
      }
      if (!entityTypes.includes(type)) entityTypes.push(type);
      const id = `T${spanIndex + 1}`;
      const offsets = fragments.map((fragment) => `${fragment.start} ${fragment.end}`).join(';');
      lines.push(
        `${id}\t${type} ${offsets}\t${fragments.map((fragment) => fragment.text).join(' ')}`,
      );

      const noteParts: string[] = [];
      for (const [attributeId, value] of orderAttributes(
        annotation.attributes,
        context.attributes,
      )) {
        const definition = definitions.get(attributeId);
        if (definition?.type === 'boolean' && typeof value === 'boolean') {
          if (value) lines.push(`A${++attributeNumber}\t${attributeId} ${id}`);
        } else if (definition?.type === 'choice' && typeof value === 'string') {
          const token = bratToken(value);
          if (token !== value)
            warn('value-changed', `${attributeId} value "${value}" written as "${token}"`);
          if (!definition.choices?.map(bratToken).includes(token)) {
            const seen = extraValues.get(attributeId) ?? [];
            if (!seen.includes(token)) extraValues.set(attributeId, [...seen, token]);
          }
          lines.push(`A${++attributeNumber}\t${attributeId} ${id} ${token}`);
        } else {
          const text = flatten(String(value));
          if (text !== String(value))
            warn('value-changed', `line breaks in ${attributeId} became spaces`);
          if (text.includes(BRAT_NOTE_SEPARATOR)) {
            warn(
              'value-ambiguous',
              `${attributeId} holds "${BRAT_NOTE_SEPARATOR}", which also separates note fields`,
            );
          }
          noteParts.push(`${attributeId}=${text}`);
        }
      }
      if (annotation.note) {
        const note = flatten(annotation.note);
        if (note !== annotation.note)
          warn('value-changed', 'line breaks in the note became spaces');
        if (ATTRIBUTE_PREFIX.test(note)) {
          warn(
            'value-ambiguous',
            'the note starts like "name=value" and may be read back as an attribute',
          );
        }
        noteParts.push(note);
      }
      if (noteParts.length > 0) {
        lines.push(
          `#${++noteNumber}\tAnnotatorNotes ${id}\t${noteParts.join(BRAT_NOTE_SEPARATOR)}`,
        );
      }
    });
    return { text: lines.map((line) => `${line}\n`).join(''), warnings };
  }

  return {
    start: () => [],
    addDocument(document) {
      const checked = checkSpans(document, context);
      const warnings = [...checked.warnings];
      const annotationFile = annotationLines(document, checked.spans, checked.index);
      const chunks: OutputChunk[] = [];
      const renames = new Set<string>();
      for (const folder of folders.of(document.annotator)) {
        const { stem, renamed } = folder.stemFor(document.id);
        if (renamed) renames.add(`${stem}.txt / ${stem}.ann`);
        chunks.push(
          { file: `${folder.prefix}${stem}.txt`, text: document.text },
          { file: `${folder.prefix}${stem}.ann`, text: annotationFile.text },
        );
      }
      for (const names of renames) {
        warnings.push({
          documentId: document.id,
          kind: 'file-renamed',
          message: `document id is not a safe or unique file name; written as ${names}`,
        });
      }
      return { chunks, warnings: [...warnings, ...annotationFile.warnings] };
    },
    finish: () => {
      const annotationConf = bratAnnotationConf(
        entityTypes,
        attributeTypes.map((type) =>
          type.values
            ? { ...type, values: [...type.values, ...(extraValues.get(type.id) ?? [])] }
            : type,
        ),
      );
      const visualConf = bratVisualConf(labels);
      return folders.all().flatMap(({ prefix }) => [
        { file: `${prefix}annotation.conf`, text: annotationConf },
        { file: `${prefix}visual.conf`, text: visualConf },
      ]);
    },
  };
}
