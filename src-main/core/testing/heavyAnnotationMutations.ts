import { withRaw, someAnnotation, type Mutation } from './annotationMutationContext';
import { RAW } from './rawJson';
import type { SeededRandom } from './seededRandom';

const MEGABYTE = 1024 * 1024;

/** A 20 MB string of mixed scripts (2 bytes per character on average in UTF-8). */
function hugeString(random: SeededRandom): string {
  const alphabet = ['a', 'é', 'Ж', '中', '🕊', ' ', '\n', '"', '\\'];
  const chunk = Array.from({ length: 4096 }, () => random.pick(alphabet)).join('');
  return chunk.repeat(Math.ceil((20 * MEGABYTE) / (chunk.length * 2)));
}

/** Mutations that cost seconds of generation each, made once per `heavyEvery` files. */
export const HEAVY_ANNOTATION_MUTATIONS: Mutation[] = [
  (context) => {
    // Many spans whose short text occurs all over the document, each at the wrong offsets.
    const common = context.index.slice(0, 1);
    context.file.annotations = Array.from({ length: 20_000 }, (_, position) => ({
      id: `many-${position}`,
      label: 'demand',
      start: position,
      end: position + 1,
      text: common === 'e' ? ' ' : 'e',
      prefix: 'x',
      suffix: 'y',
    }));
    return { kind: 'many-misplaced-spans', expected: 'problem', content: withRaw(context, '') };
  },
  (context) => {
    someAnnotation(context).note = hugeString(context.random);
    return { kind: 'huge-note', expected: 'any', content: withRaw(context, '') };
  },
  (context) => {
    someAnnotation(context).text = hugeString(context.random);
    return { kind: 'huge-span-text', expected: 'problem', content: withRaw(context, '') };
  },
  (context) => {
    context.file[hugeString(context.random)] = 1;
    return { kind: 'huge-key', expected: 'any', content: withRaw(context, '') };
  },
  (context) => {
    context.file.bigList = RAW;
    return {
      kind: 'million-element-array',
      expected: 'any',
      content: withRaw(context, `[${'0,'.repeat(1_000_000)}0]`),
    };
  },
];
