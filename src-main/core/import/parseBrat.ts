import type { AttributeValue } from '../annotations/annotationSchema';
import { BRAT_NOTE_SEPARATOR } from '../export/bratConfiguration';
import { CodePointIndex } from '../text/codePoints';
import { checkSpanRange } from './checkSpanRange';
import type { ImportedSpan, ImportProblem, ImportResult } from './importedDocument';

const TEXT_BOUND = /^(T\S*)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t(.*))?$/;
const ATTRIBUTE = /^([AM]\S*)\t(\S+) (\S+)(?: (\S+))?\s*$/;
const NOTE = /^(#\S*)\t(\S+) (\S+)(?:\t(.*))?$/;
const NOTE_FIELD = /^([A-Za-z0-9_-]+)=(.*)$/s;
const IGNORED_KINDS: Record<string, string> = {
  R: 'relation',
  E: 'event',
  N: 'normalization',
  '*': 'equivalence',
};

/**
 * Splits an AnnotatorNotes text as Parley's brat exporter writes it: leading `name=value`
 * fields (text attributes) separated by "; ", then the note itself.
 */
function readNote(text: string): { attributes: Record<string, string>; note?: string } {
  const fields = text.split(BRAT_NOTE_SEPARATOR);
  const attributes: Record<string, string> = {};
  while (fields.length > 0) {
    const match = NOTE_FIELD.exec(fields[0]!);
    if (!match) break;
    attributes[match[1]!] = match[2]!;
    fields.shift();
  }
  const note = fields.join(BRAT_NOTE_SEPARATOR);
  return note ? { attributes, note } : { attributes };
}

export interface BratInput {
  /** The .ann file. */
  annotations: string;
  /** The .txt file, when there is one: fills in span texts and checks offsets. */
  text?: string;
  /** The document's name, usually the file stem. */
  sourceId?: string;
}

/**
 * One brat .ann file: T lines (code-point offsets; a discontinuous span becomes its first start
 * to its last end, with a problem), A/M attribute lines and AnnotatorNotes. R, E, N and *
 * lines are skipped with a problem. Problems are addressed as `line <n>` of the .ann file.
 */
export function parseBrat({ annotations, text, sourceId }: BratInput): ImportResult {
  const problems: ImportProblem[] = [];
  const index = text === undefined ? undefined : new CodePointIndex(text);
  const spans = new Map<string, ImportedSpan>();
  const later: { line: string; path: string }[] = [];

  annotations.split(/\r\n|\n|\r/).forEach((line, lineIndex) => {
    const path = `line ${lineIndex + 1}`;
    if (line.trim() === '') return;
    const kind = line[0]!;
    if (kind === 'A' || kind === 'M' || kind === '#') {
      later.push({ line, path });
      return;
    }
    if (kind in IGNORED_KINDS) {
      problems.push({
        path,
        message: `${IGNORED_KINDS[kind]} annotations are not imported; line skipped`,
      });
      return;
    }
    const match = TEXT_BOUND.exec(line);
    if (kind !== 'T' || !match) {
      problems.push({ path, message: 'not a brat annotation line; skipped' });
      return;
    }
    const [, id, label, offsets, statedText] = match as unknown as [
      string,
      string,
      string,
      string,
      string?,
    ];
    if (spans.has(id)) {
      problems.push({ path, message: `${id} is defined twice; kept the first` });
      return;
    }
    const fragments = offsets
      .split(';')
      .map((fragment) => fragment.split(' ').map(Number) as [number, number]);
    const start = Math.min(...fragments.map(([fragmentStart]) => fragmentStart));
    const end = Math.max(...fragments.map(([, fragmentEnd]) => fragmentEnd));
    const span: ImportedSpan = { start, end, label };
    if (fragments.length > 1) {
      problems.push({
        path,
        message: `${id} is discontinuous (${offsets}); imported as one span ${start}..${end}`,
      });
    } else if (statedText !== undefined) {
      span.text = statedText;
    }
    if (checkSpanRange(span, index, path, problems)) spans.set(id, span);
  });

  for (const { line, path } of later) {
    const attribute = ATTRIBUTE.exec(line);
    const note = NOTE.exec(line);
    const target = attribute?.[3] ?? note?.[3];
    const span = target === undefined ? undefined : spans.get(target);
    if (!span) {
      problems.push({
        path,
        message:
          target === undefined
            ? 'not a brat annotation line; skipped'
            : `${target} is not an imported text span; line skipped`,
      });
      continue;
    }
    if (attribute) {
      const value: AttributeValue = attribute[4] ?? true;
      span.attributes = { ...span.attributes, [attribute[2]!]: value };
    } else if (note) {
      const parsed = readNote(note[4] ?? '');
      if (Object.keys(parsed.attributes).length > 0)
        span.attributes = { ...span.attributes, ...parsed.attributes };
      if (parsed.note !== undefined)
        span.note = span.note === undefined ? parsed.note : `${span.note}\n${parsed.note}`;
    }
  }

  return {
    documents: [
      {
        ...(sourceId !== undefined ? { sourceId } : {}),
        ...(text !== undefined ? { text } : {}),
        spans: [...spans.values()],
      },
    ],
    problems,
  };
}
