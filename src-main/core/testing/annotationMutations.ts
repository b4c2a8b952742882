import type { CodePointIndex } from '../text/codePoints';
import {
  INVALID_UTF8_SEQUENCES,
  UTF8_BYTE_ORDER_MARK,
  characterBoundary,
  encodeUtf16LittleEndian,
  encodeUtf8,
  insertBytes,
  randomBytes,
} from './hostileBytes';
import {
  annotationsOf,
  objectsOf,
  someAnnotation,
  stringify,
  withRaw,
  type Context,
  type JsonObject,
  type Mutation,
} from './annotationMutationContext';
import type { HostileExpectation } from './hostileExpectation';
import { RAW, RAW_KEY } from './rawJson';

function differentText(context: Context, notThis: string): string {
  const candidates = [
    `${notThis}x`,
    '',
    notThis.toUpperCase(),
    `${notThis}\u0301`,
    'Москва 🕊️ 𝟓',
    ' ',
    'the',
    context.index.slice(0, Math.min(5, context.index.codePointLength)),
  ];
  return context.random.pick(candidates.filter((candidate) => candidate !== notThis));
}

function sliceOrUndefined(index: CodePointIndex, start: number, end: number): string | undefined {
  const inRange = Number.isSafeInteger(start) && Number.isSafeInteger(end);
  return inRange && 0 <= start && start < end && end <= index.codePointLength
    ? index.slice(start, end)
    : undefined;
}

const WRONG_VALUES: Record<string, readonly unknown[]> = {
  string: [1, null, true, [], {}],
  requiredString: [1, null, true, [], {}, ''],
  offset: ['5', null, true, [], {}, 1.5, -1, -0.5],
  object: [null, 'x', 1, [], true],
  array: [null, {}, 'x', 1],
  attributeValue: [1, null, [], {}],
};

/** Paths of the file and the kind of value each must hold. */
function typedPaths(context: Context): [(string | number)[], string][] {
  const position = context.random.below(annotationsOf(context.file).length);
  const span = (key: string): (string | number)[] => ['annotations', position, key];
  return [
    [['format'], 'requiredString'],
    [['version'], 'offset'],
    [['document'], 'object'],
    [['document', 'id'], 'requiredString'],
    [['document', 'textSha256'], 'requiredString'],
    [['document', 'textLength'], 'offset'],
    [['document', 'path'], 'string'],
    [['annotator'], 'requiredString'],
    [['labelSet'], 'string'],
    [['updatedAt'], 'string'],
    [['status'], 'requiredString'],
    [['annotations'], 'array'],
    [['annotations', position], 'object'],
    [span('id'), 'requiredString'],
    [span('label'), 'requiredString'],
    [span('start'), 'offset'],
    [span('end'), 'offset'],
    [span('text'), 'string'],
    [span('prefix'), 'string'],
    [span('suffix'), 'string'],
    [span('note'), 'string'],
    [span('createdAt'), 'string'],
    [span('attributes'), 'object'],
    [['annotations', position, 'attributes', 'modality'], 'attributeValue'],
  ];
}

function setAt(root: JsonObject, path: (string | number)[], value: unknown): void {
  let holder = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1))
    holder = holder[segment] as Record<string | number, unknown>;
  holder[path.at(-1)!] = value;
}

const truncated: Mutation = (context) => {
  const text = stringify(context, context.file);
  return {
    kind: 'truncated',
    expected: 'refused',
    content:
      context.random.next() < 0.5
        ? text.slice(0, context.random.below(text.lastIndexOf('}')))
        : encodeUtf8(text).subarray(0, context.random.below(encodeUtf8(text).length - 2)),
  };
};

const wrongType: Mutation = (context) => {
  const [path, type] = context.random.pick(typedPaths(context));
  let wrong = context.random.pick(WRONG_VALUES[type]!);
  if (path[0] === 'format' && typeof wrong === 'string') wrong = 'PARLEY-ANNOTATIONS';
  if (path[0] === 'status' && wrong === '') wrong = 'finished';
  if (path[0] === 'document' && path[1] === 'textSha256' && wrong === '') wrong = 'A'.repeat(64);
  setAt(context.file, path, wrong);
  return {
    kind: `wrong-type-${path.join('.')}`,
    expected: 'refused',
    content: withRaw(context, ''),
  };
};

const deepNesting: Mutation = (context) => {
  const depth = context.random.pick([65, 100, 1000, 10_000, 100_000]);
  const raw =
    context.random.next() < 0.5
      ? `${'['.repeat(depth)}${']'.repeat(depth)}`
      : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  context.random.pick(objectsOf(context.file)).unknownField = RAW;
  return { kind: `nested-${depth}-deep`, expected: 'refused', content: withRaw(context, raw) };
};

const nestingJustAllowed: Mutation = (context) => {
  context.file.unknownField = RAW;
  const depth = 60;
  return {
    kind: 'nested-60-deep',
    expected: 'any',
    content: withRaw(context, `${'['.repeat(depth)}${']'.repeat(depth)}`),
  };
};

const prototypeKey: Mutation = (context) => {
  const key = context.random.pick([
    '"__proto__"',
    '"constructor"',
    '"prototype"',
    '"\\u005f_proto__"',
    '"__pro\\u0074o__"',
  ]);
  const value = context.random.pick(['{"polluted":true}', '1', 'null', '{"toString":1}', '[]']);
  context.random.pick(objectsOf(context.file))[RAW_KEY] = RAW;
  return { kind: 'prototype-key', expected: 'refused', content: withRaw(context, value, key) };
};

const VERSIONS: [string, HostileExpectation][] = [
  ['2', 'read-only'],
  ['99', 'read-only'],
  ['1e400', 'refused'],
  ['"1"', 'refused'],
  ['0', 'refused'],
  ['-1', 'refused'],
  ['1.5', 'refused'],
  ['null', 'refused'],
  ['1.0', 'any'],
  ['10e-1', 'any'],
];

const version: Mutation = (context) => {
  if (context.random.next() < 0.1) {
    delete context.file[context.random.pick(['version', 'format'])];
    return { kind: 'version-missing', expected: 'refused', content: withRaw(context, '') };
  }
  const [raw, expected] = context.random.pick(VERSIONS);
  context.file.version = RAW;
  return { kind: `version-${raw}`, expected, content: withRaw(context, raw) };
};

const offsetOutOfRange: Mutation = (context) => {
  const annotation = someAnnotation(context);
  const length = context.index.codePointLength;
  const spanLength = (annotation.end as number) - (annotation.start as number);
  const start = context.random.pick([length, length + 1, length + 1000, 2 ** 31, 2 ** 40]);
  annotation.start = start;
  annotation.end = context.random.next() < 0.5 ? start + spanLength : length + 1;
  if ((annotation.end as number) <= start) annotation.end = start + spanLength;
  return { kind: 'offset-out-of-range', expected: 'problem', content: withRaw(context, '') };
};

const reversed: Mutation = (context) => {
  const annotation = someAnnotation(context);
  if (context.random.next() < 0.5) annotation.end = annotation.start;
  else [annotation.start, annotation.end] = [annotation.end, annotation.start];
  return { kind: 'offsets-reversed', expected: 'refused', content: withRaw(context, '') };
};

const textMismatch: Mutation = (context) => {
  const annotation = someAnnotation(context);
  const start = annotation.start as number;
  const end = annotation.end as number;
  const choice = context.random.below(4);
  if (choice === 0) {
    for (const shift of [1, -1, 2, -2, 3, 5, -5]) {
      const slice = sliceOrUndefined(context.index, start + shift, end + shift);
      if (slice !== undefined && slice !== annotation.text) {
        annotation.start = start + shift;
        annotation.end = end + shift;
        return { kind: 'offsets-shifted', expected: 'problem', content: withRaw(context, '') };
      }
    }
  }
  if (choice === 1) {
    const document = context.file.document as JsonObject;
    document.textSha256 = (document.textSha256 as string).replace(/^./, (digit) =>
      digit === '0' ? '1' : '0',
    );
    return { kind: 'text-sha256-changed', expected: 'problem', content: withRaw(context, '') };
  }
  if (choice === 2 && typeof annotation.prefix === 'string' && annotation.prefix !== '') {
    annotation.prefix = `${annotation.prefix}~`;
    return { kind: 'context-mismatch', expected: 'problem', content: withRaw(context, '') };
  }
  annotation.text = differentText(context, annotation.text as string);
  return { kind: 'text-mismatch', expected: 'problem', content: withRaw(context, '') };
};

const invalidUtf8: Mutation = (context) => {
  const bytes = encodeUtf8(stringify(context, context.file));
  const sequence = context.random.pick(INVALID_UTF8_SEQUENCES);
  return {
    kind: 'invalid-utf8',
    expected: 'refused',
    content: insertBytes(bytes, characterBoundary(context.random, bytes), sequence),
  };
};

const nulBytes: Mutation = (context) => {
  if (context.random.next() < 0.5) {
    const bytes = encodeUtf8(stringify(context, context.file));
    const offset = characterBoundary(context.random, bytes);
    return { kind: 'nul-byte', expected: 'refused', content: insertBytes(bytes, offset, [0]) };
  }
  const annotation = someAnnotation(context);
  const field = context.random.pick(['note', 'text', 'id']);
  annotation[field] = RAW;
  const raw = JSON.stringify(`a${String.fromCharCode(0)}b`);
  return {
    kind: `escaped-nul-in-${field}`,
    expected: field === 'text' ? 'problem' : 'any',
    content: withRaw(context, raw),
  };
};

const byteOrderMarks: Mutation = (context) => {
  const text = stringify(context, context.file);
  const bytes = encodeUtf8(text);
  switch (context.random.below(4)) {
    case 0:
      return { kind: 'bom', expected: 'any', content: insertBytes(bytes, 0, UTF8_BYTE_ORDER_MARK) };
    case 1:
      return {
        kind: 'two-boms',
        expected: 'refused',
        content: insertBytes(bytes, 0, [...UTF8_BYTE_ORDER_MARK, ...UTF8_BYTE_ORDER_MARK]),
      };
    case 2:
      return {
        kind: 'bom-between-tokens',
        expected: 'refused',
        content: insertBytes(bytes, text.indexOf('"format"'), UTF8_BYTE_ORDER_MARK),
      };
    default:
      return { kind: 'utf16', expected: 'refused', content: encodeUtf16LittleEndian(text) };
  }
};

const loneSurrogate: Mutation = (context) => {
  const annotation = someAnnotation(context);
  const field = context.random.pick(['note', 'text', 'id', 'label']);
  const raw = context.random.pick(['"\\ud800"', '"a\\udc00b"', '"\\ud800\\ud800"', '"\\udbff"']);
  annotation[field] = RAW;
  return {
    kind: `lone-surrogate-in-${field}`,
    expected: field === 'text' ? 'problem' : 'any',
    content: withRaw(context, raw),
  };
};

const NUMBERS: [string, HostileExpectation][] = [
  ['1e400', 'refused'],
  ['-1e400', 'refused'],
  ['1.5', 'refused'],
  ['-1', 'refused'],
  ['1e21', 'problem'],
  ['9007199254740993', 'problem'],
  ['-0', 'any'],
  ['0.0', 'any'],
  ['5e0', 'any'],
];

const oddNumbers: Mutation = (context) => {
  const annotation = someAnnotation(context);
  const [raw, expected] = context.random.pick(NUMBERS);
  const field = context.random.pick(['start', 'end', 'textLength']);
  if (field === 'textLength') (context.file.document as JsonObject).textLength = RAW;
  else annotation[field] = RAW;
  // textLength is informative: a wrong but whole number there is no problem.
  const informative = field === 'textLength' && expected === 'problem';
  return {
    kind: `number-${raw}-as-${field}`,
    expected: informative ? 'any' : expected,
    content: withRaw(context, raw),
  };
};

const duplicates: Mutation = (context) => {
  const annotations = annotationsOf(context.file);
  const original = context.random.pick(annotations);
  switch (context.random.below(3)) {
    case 0:
      annotations.push({ ...original, label: original.label === 'offer' ? 'demand' : 'offer' });
      return { kind: 'duplicate-id', expected: 'refused', content: withRaw(context, '') };
    case 1:
      annotations.push({ ...original, id: `${original.id as string}-copy` });
      return { kind: 'duplicate-span', expected: 'refused', content: withRaw(context, '') };
    default:
      original[RAW_KEY] = RAW;
      return {
        kind: 'duplicate-json-key',
        expected: 'any',
        content: withRaw(context, '"a different id"', '"id"'),
      };
  }
};

const unknownFields: Mutation = (context) => {
  for (const object of objectsOf(context.file)) {
    if (context.random.next() < 0.5)
      object[`future${context.random.below(100)}`] = { list: [1, 'two', null] };
  }
  return { kind: 'unknown-fields', expected: 'any', content: withRaw(context, '') };
};

const notAnAnnotationFile: Mutation = (context) => {
  const random = context.random;
  const content = random.pick<() => string | Uint8Array>([
    () => '',
    () => '   \n',
    () => 'null',
    () => '[]',
    () => '{}',
    () => '"parley-annotations"',
    () => '0',
    () => randomBytes(random, 1 + random.below(300)),
    () => String.fromCharCode(...Array.from({ length: 200 }, () => 32 + random.below(95))),
  ])();
  return { kind: 'not-an-annotation-file', expected: 'refused', content };
};

const controlCharacters: Mutation = (context) => {
  const annotation = someAnnotation(context);
  annotation.note = RAW;
  const raw = `"tab\there, bell${String.fromCharCode(7)}, newline\nthere"`;
  return { kind: 'raw-control-characters', expected: 'refused', content: withRaw(context, raw) };
};

const lineEnds: Mutation = (context) => ({
  kind: 'crlf-line-ends',
  expected: 'any',
  content: JSON.stringify(context.file, null, 2).replace(/\n/g, '\r\n'),
});

const otherDocument: Mutation = (context) => {
  (context.file.document as JsonObject).id = 'some other document';
  return { kind: 'document-id-mismatch', expected: 'any', content: withRaw(context, '') };
};

/** Ordinary mutations of a valid annotation file, each as likely as the next. */
export const ANNOTATION_MUTATIONS: Mutation[] = [
  truncated,
  wrongType,
  wrongType,
  deepNesting,
  nestingJustAllowed,
  prototypeKey,
  prototypeKey,
  version,
  offsetOutOfRange,
  reversed,
  textMismatch,
  textMismatch,
  invalidUtf8,
  nulBytes,
  byteOrderMarks,
  loneSurrogate,
  oddNumbers,
  duplicates,
  unknownFields,
  notAnAnnotationFile,
  controlCharacters,
  lineEnds,
  otherDocument,
];
