import type { Annotation } from '../annotations/annotationSchema';
import { createAnnotation } from '../annotations/createAnnotation';
import { compareAnnotations } from '../annotations/serializeAnnotationFile';
import type { Article } from '../articles/article';
import { CodePointIndex } from '../text/codePoints';

const LABELS = ['demand', 'denial', 'threat', 'offer'] as const;

/** The ISO 8601 time stamped on save number `sequence`: one second apart from 2026-01-01. */
export function numberedSaveTime(sequence: number): string {
  return new Date(Date.UTC(2026, 0, 1) + sequence * 1000).toISOString();
}

/**
 * A different, valid set of 1–5 spans for every save number, so that a test can tell from a
 * file alone which save wrote it; in the order a save writes them. Offsets are code points;
 * `article` must be 100+ code points long.
 */
export function numberedAnnotations(article: Article, sequence: number): Annotation[] {
  const index = new CodePointIndex(article.text);
  const room = index.codePointLength - 40;
  const base = (sequence * 7919) % room;
  const count = 1 + (sequence % 5);
  const annotations = Array.from({ length: count }, (_, position) => {
    const start = (base + position * 17) % room;
    return createAnnotation(index, {
      id: `save-${sequence}-${position}`,
      label: LABELS[position % LABELS.length]!,
      start,
      end: start + 1 + ((sequence + position) % 23),
      note: `written by save ${sequence}`,
      now: numberedSaveTime(sequence),
    });
  });
  return annotations.sort(compareAnnotations);
}
