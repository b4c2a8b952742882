import { ANNOTATION_FORMAT } from '../annotations/annotationSchema';
import { createAnnotation } from '../annotations/createAnnotation';
import type { Article } from '../articles/article';
import { CodePointIndex } from '../text/codePoints';
import type { Context, JsonObject } from './annotationMutationContext';
import { ANNOTATION_MUTATIONS } from './annotationMutations';
import { HEAVY_ANNOTATION_MUTATIONS } from './heavyAnnotationMutations';
import { encodeUtf8 } from './hostileBytes';
import type { HostileExpectation } from './hostileExpectation';
import { SeededRandom } from './seededRandom';

export interface HostileAnnotationFile {
  /** Unique in the corpus and says what was done to it, like `00042-truncated.json`. */
  name: string;
  /** The document the file belongs to: an index into the generator's articles. */
  articleIndex: number;
  bytes: Uint8Array;
  expected: HostileExpectation;
}

const LABELS = ['demand', 'denial', 'threat', 'offer'];
const NOW = '2026-11-27T10:00:00.000Z';

function validFile(random: SeededRandom, article: Article, index: CodePointIndex): JsonObject {
  const length = index.codePointLength;
  const annotations: JsonObject[] = [];
  const extents = new Set<string>();
  const wanted = 2 + random.below(7);
  for (let attempt = 0; annotations.length < wanted && attempt < wanted * 4; attempt++) {
    const start = random.below(length - 1);
    const end = Math.min(length, start + 1 + random.below(40));
    const label = random.pick(LABELS);
    if (extents.has(`${label}:${start}:${end}`)) continue;
    extents.add(`${label}:${start}:${end}`);
    annotations.push({
      ...createAnnotation(index, {
        id: `span-${attempt}`,
        label,
        start,
        end,
        attributes: {
          modality: random.pick(['asserted', 'hedged']),
          confirmed: random.next() < 0.5,
        },
        note: random.pick(['', 'checked twice', 'Москва 🕊️ 𝟓']),
        now: NOW,
      }),
    });
  }
  return {
    format: ANNOTATION_FORMAT,
    version: 1,
    document: {
      id: article.id,
      path: article.path,
      title: article.title,
      textSha256: article.textSha256,
      textLength: article.textLength,
    },
    annotator: 'alice',
    labelSet: 'speech-acts',
    updatedAt: NOW,
    status: 'in-progress',
    annotations,
  };
}

/**
 * Broken and hostile annotation files, `count` of them, the same for the same seed: each a
 * valid file for one of `articles` with one thing done to it. One in `heavyEvery` is a heavy
 * one (20 MB strings, 20,000 spans, a million-element array).
 */
export function* hostileAnnotationFiles(
  seed: number,
  count: number,
  articles: readonly Article[],
  heavyEvery = 1000,
): Generator<HostileAnnotationFile> {
  const random = new SeededRandom(seed);
  const indexes = articles.map((article) => new CodePointIndex(article.text));
  for (let position = 0; position < count; position++) {
    const articleIndex = random.below(articles.length);
    const article = articles[articleIndex]!;
    const index = indexes[articleIndex]!;
    const context: Context = { random, article, index, file: validFile(random, article, index) };
    const heavy = position % heavyEvery === heavyEvery - 1;
    const mutation = heavy
      ? HEAVY_ANNOTATION_MUTATIONS[
          Math.floor(position / heavyEvery) % HEAVY_ANNOTATION_MUTATIONS.length
        ]!
      : random.pick(ANNOTATION_MUTATIONS);
    const mutated = mutation(context);
    yield {
      name: `${String(position).padStart(5, '0')}-${mutated.kind}.json`,
      articleIndex,
      bytes: typeof mutated.content === 'string' ? encodeUtf8(mutated.content) : mutated.content,
      expected: mutated.expected,
    };
  }
}
