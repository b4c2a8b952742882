import type { HostileExpectation } from './hostileExpectation';
import {
  INVALID_UTF8_SEQUENCES,
  characterBoundary,
  encodeUtf16LittleEndian,
  encodeUtf8,
  insertBytes,
  randomBytes,
} from './hostileBytes';
import { RAW, RAW_KEY, spliceRaw } from './rawJson';
import { UNICODE_CRLF_ARTICLE } from './sampleArticles';
import { SeededRandom } from './seededRandom';

export interface HostileArticleFile {
  /** A project-relative path, unique in the corpus, ending in .txt or .jsonl. */
  path: string;
  bytes: Uint8Array;
  /** 'refused' or 'any': an article file has no problems short of being refused. */
  expected: Extract<HostileExpectation, 'refused' | 'any'>;
}

interface Mutated {
  kind: string;
  extension: '.txt' | '.jsonl';
  expected: HostileArticleFile['expected'];
  content: string | Uint8Array;
}

type JsonObject = Record<string, unknown>;

const PLAIN_ARTICLE =
  'Ceasefire talks stall\n\nNegotiators met on Tuesday. One side demanded a withdrawal;\n' +
  'the other denied that its troops had crossed the line and offered talks.\n';
const FIELD_ARTICLE = `Talks resume\n\n517\n2\nTalks resume\n${PLAIN_ARTICLE}`;
const TEXTS = [UNICODE_CRLF_ARTICLE, PLAIN_ARTICLE, FIELD_ARTICLE, 'Москва 🕊️ 𝟓 — «ok»\n'];
const MEGABYTE = 1024 * 1024;

function records(random: SeededRandom): JsonObject[] {
  return Array.from({ length: 1 + random.below(4) }, (_, position) => ({
    id: random.next() < 0.5 ? `doc-${position}` : 100 + position,
    ...(random.next() < 0.5 ? { title: `Title ${position} 🕊️` } : {}),
    text: random.pick(TEXTS),
    source: { outlet: 'wire', tags: ['a', 'b'] },
  }));
}

function jsonLines(random: SeededRandom, lines: JsonObject[]): string {
  const separator = random.pick(['\n', '\r\n']);
  return lines.map((line) => JSON.stringify(line)).join(separator) + separator;
}

type Mutation = (random: SeededRandom) => Mutated;

const validText: Mutation = (random) => {
  const text = random.pick(TEXTS);
  const variants: [string, string][] = [
    ['as-is', text],
    ['bom', `\uFEFF${text}`],
    ['two-boms', `\uFEFF\uFEFF${text}`],
    ['cr-line-ends', text.replace(/\r?\n/g, '\r')],
    ['empty', ''],
    ['only-blank-lines', '\n\n\r\n  \n'],
    ['huge-header-numbers', `T\n\n${'9'.repeat(400)}\n1e400\nT\nbody\n`],
  ];
  const [kind, content] = random.pick(variants);
  return { kind: `text-${kind}`, extension: '.txt', expected: 'any', content };
};

const brokenText: Mutation = (random) => {
  const bytes = encodeUtf8(random.pick(TEXTS));
  switch (random.below(4)) {
    case 0:
      return {
        kind: 'text-invalid-utf8',
        extension: '.txt',
        expected: 'refused',
        content: insertBytes(
          bytes,
          characterBoundary(random, bytes),
          random.pick(INVALID_UTF8_SEQUENCES),
        ),
      };
    case 1:
      return {
        kind: 'text-nul-byte',
        extension: '.txt',
        expected: 'refused',
        content: insertBytes(bytes, characterBoundary(random, bytes), [0]),
      };
    case 2:
      return {
        kind: 'text-utf16',
        extension: '.txt',
        expected: 'refused',
        content: encodeUtf16LittleEndian(random.pick(TEXTS)),
      };
    default:
      return {
        kind: 'text-random-bytes',
        extension: random.pick(['.txt', '.jsonl']),
        expected: 'any',
        content: randomBytes(random, 1 + random.below(500)),
      };
  }
};

const validJsonl: Mutation = (random) => {
  const lines = records(random);
  const variant = random.below(5);
  const kinds = ['as-is', 'bom', 'blank-lines', 'lone-surrogate-text', 'escaped-nul-text'];
  if (variant === 3 || variant === 4) lines[0]!.text = RAW;
  let content = spliceRaw(
    jsonLines(random, lines),
    variant === 3 ? '"a\\ud800b \\udc00"' : '"before\\u0000after"',
  );
  if (variant === 1) content = `\uFEFF${content}`;
  if (variant === 2) content = `\n   \n${content.replace(/\n/, '\n\n')}`;
  return { kind: `jsonl-${kinds[variant]}`, extension: '.jsonl', expected: 'any', content };
};

/** Field → values that must make the line refused. */
const WRONG_FIELDS: [string, string[]][] = [
  [
    'id',
    [
      'null',
      'true',
      '{}',
      '[]',
      '""',
      '"\\ud800"',
      '1e400',
      '1.5',
      '-0',
      '1e21',
      '18446744073709551616',
    ],
  ],
  ['text', ['1', 'null', '[]', '{}']],
  ['title', ['1', 'null', '[]', 'false']],
];

const brokenJsonl: Mutation = (random) => {
  const lines = records(random);
  const line = random.pick(lines);
  const choice = random.below(9);
  const refused = (kind: string, content: string | Uint8Array): Mutated => ({
    kind: `jsonl-${kind}`,
    extension: '.jsonl',
    expected: 'refused',
    content,
  });
  switch (choice) {
    case 0: {
      const text = jsonLines(random, lines);
      const firstLine = text.slice(0, text.indexOf('\n'));
      return refused('truncated', text.slice(0, 1 + random.below(firstLine.length - 2)));
    }
    case 1: {
      const [field, values] = random.pick(WRONG_FIELDS);
      const value = random.pick(values);
      line[field] = RAW;
      return refused(`wrong-${field}-${value}`, spliceRaw(jsonLines(random, lines), value));
    }
    case 2: {
      delete line[random.pick(['id', 'text'])];
      return refused('missing-field', jsonLines(random, lines));
    }
    case 3: {
      const depth = random.pick([65, 1000, 10_000]);
      (random.next() < 0.5 ? line : (line.source as JsonObject)).nested = RAW;
      return refused(
        `nested-${depth}-deep`,
        spliceRaw(jsonLines(random, lines), `${'['.repeat(depth)}${']'.repeat(depth)}`),
      );
    }
    case 4: {
      (random.next() < 0.5 ? line : (line.source as JsonObject))[RAW_KEY] = RAW;
      const key = random.pick(['"__proto__"', '"constructor"', '"prototype"', '"\\u005f_proto__"']);
      return refused('prototype-key', spliceRaw(jsonLines(random, lines), '{"polluted":1}', key));
    }
    case 5: {
      const copy = { ...line, id: typeof line.id === 'number' ? String(line.id) : line.id };
      return refused('duplicate-id', jsonLines(random, [...lines, copy]));
    }
    case 6: {
      const notObject = random.pick(['[1,2]', '"text"', '42', 'null', 'true']);
      return refused('line-not-an-object', `${jsonLines(random, lines)}${notObject}\n`);
    }
    case 7: {
      const text = jsonLines(random, [...lines, { id: 'second line', text: 'x' }]);
      return refused('bom-on-line-2', text.replace(/\n(?=.)/, '\n\uFEFF'));
    }
    default: {
      const bytes = encodeUtf8(jsonLines(random, lines));
      const inserted = random.next() < 0.5 ? [0] : random.pick(INVALID_UTF8_SEQUENCES);
      return refused('bad-bytes', insertBytes(bytes, characterBoundary(random, bytes), inserted));
    }
  }
};

const MUTATIONS: Mutation[] = [
  validText,
  brokenText,
  brokenText,
  validJsonl,
  brokenJsonl,
  brokenJsonl,
];

const HEAVY_MUTATIONS: Mutation[] = [
  () => ({
    kind: 'text-20-mb',
    extension: '.txt',
    expected: 'any',
    content: PLAIN_ARTICLE.repeat(Math.ceil((20 * MEGABYTE) / PLAIN_ARTICLE.length)),
  }),
  (random) => {
    const text = random.pick(TEXTS);
    const repeats = Math.ceil((20 * MEGABYTE) / encodeUtf8(text).length);
    return {
      kind: 'jsonl-20-mb-line',
      extension: '.jsonl',
      expected: 'any',
      content: `${JSON.stringify({ id: 'big', text: text.repeat(repeats) })}\n`,
    };
  },
  () => ({
    kind: 'jsonl-100000-lines',
    extension: '.jsonl',
    expected: 'any',
    content: Array.from({ length: 100_000 }, (_, id) => JSON.stringify({ id, text: 'x' })).join(
      '\n',
    ),
  }),
];

/**
 * Broken and hostile article files (.txt and .jsonl), `count` of them, the same for the same
 * seed. One in `heavyEvery` is a heavy one (20 MB of text, 100,000 lines).
 */
export function* hostileArticleFiles(
  seed: number,
  count: number,
  heavyEvery = 100,
): Generator<HostileArticleFile> {
  const random = new SeededRandom(seed);
  for (let position = 0; position < count; position++) {
    const heavy = position % heavyEvery === heavyEvery - 1;
    const mutation = heavy
      ? HEAVY_MUTATIONS[Math.floor(position / heavyEvery) % HEAVY_MUTATIONS.length]!
      : random.pick(MUTATIONS);
    const mutated = mutation(random);
    yield {
      path: `articles/${String(position).padStart(5, '0')}-${mutated.kind}${mutated.extension}`,
      bytes: typeof mutated.content === 'string' ? encodeUtf8(mutated.content) : mutated.content,
      expected: mutated.expected,
    };
  }
}
