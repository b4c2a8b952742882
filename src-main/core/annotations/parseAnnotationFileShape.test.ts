import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annotationFileSchema } from './annotationSchema';
import { parseAnnotationFileShape } from './parseAnnotationFileShape';

const shell = {
  format: 'parley-annotations',
  version: 1,
  document: { id: 'd', textSha256: 'a'.repeat(64) },
  annotator: 'alice',
};

/** Spans that are valid, or broken in one of the ways files break. */
const spanArbitrary = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer()),
    label: fc.oneof(fc.constantFrom('demand', 'denial', ''), fc.constant(null)),
    start: fc.oneof(fc.nat(), fc.integer({ min: -5, max: -1 }), fc.double(), fc.string()),
    end: fc.oneof(fc.nat(), fc.constant(1.5)),
    text: fc.oneof(fc.string(), fc.constant(undefined)),
    prefix: fc.oneof(fc.string(), fc.constant(3)),
    note: fc.oneof(fc.string(), fc.boolean()),
    attributes: fc.oneof(
      fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.boolean())),
      fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.constant(null))),
      fc.constant([]),
    ),
    extra: fc.anything(),
  },
  { requiredKeys: ['id', 'label', 'start', 'end'] },
);

describe('parseAnnotationFileShape', () => {
  it('accepts and refuses exactly what the zod schema does (property)', () => {
    fc.assert(
      fc.property(fc.array(spanArbitrary, { maxLength: 6 }), (annotations) => {
        const raw = { ...shell, annotations };
        const fast = parseAnnotationFileShape(raw);
        const reference = annotationFileSchema.safeParse(raw);
        expect(fast.success).toBe(reference.success);
        if (fast.success && reference.success) expect(fast.data).toEqual(reference.data);
        if (!fast.success && !reference.success)
          expect(fast.error.issues).toEqual(reference.error.issues);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses offsets past the safe integer range, as zod does', () => {
    const raw = {
      ...shell,
      annotations: [{ id: 'a', label: 'demand', start: 2 ** 53, end: 0, text: '' }],
    };
    expect(parseAnnotationFileShape(raw).success).toBe(false);
    expect(annotationFileSchema.safeParse(raw).success).toBe(false);
  });

  it('still checks the shell of a file whose spans are all valid', () => {
    const result = parseAnnotationFileShape({
      ...shell,
      annotator: '',
      annotations: [{ id: 'a', label: 'demand', start: 0, end: 1, text: 'x' }],
    });
    expect(result.success).toBe(false);
  });
});
