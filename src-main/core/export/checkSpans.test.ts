import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotations/annotationSchema';
import { checkSpans } from './checkSpans';
import { fixtureContext, fixtureDocument, span } from './exportFixtures';

const text = 'Кремль 🕊️ заявил: 𝟓 условий.';

describe('checkSpans', () => {
  it.each<[string, Annotation, string | undefined]>([
    ['a matching span', span(text, 0, 6, 'demand'), undefined],
    ['a span after astral characters', span(text, 18, 19, 'demand'), undefined],
    [
      'text that does not match',
      { ...span(text, 0, 6, 'demand'), text: 'Kremlin' },
      'text-mismatch',
    ],
    ['UTF-16 offsets', { ...span(text, 18, 19, 'demand'), start: 19, end: 21 }, 'text-mismatch'],
    ['an end beyond the text', { ...span(text, 0, 3, 'demand'), end: 99 }, 'invalid-offsets'],
    ['start after end', { ...span(text, 0, 3, 'demand'), start: 4 }, 'invalid-offsets'],
    ['an empty span', span(text, 3, 3, 'demand'), 'empty-span'],
    ['an unknown label', span(text, 0, 6, 'rumour'), 'unknown-label'],
  ])('%s', (_name, annotation, kind) => {
    const checked = checkSpans(fixtureDocument('d', text, [annotation]), fixtureContext());
    expect(checked.warnings.map((warning) => warning.kind)).toEqual(kind ? [kind] : []);
    const exported = kind === undefined || kind === 'unknown-label';
    expect(checked.spans).toHaveLength(exported ? 1 : 0);
  });

  it('filters labels silently and sorts independently of input order', () => {
    const spans = [
      span(text, 7, 9, 'offer'),
      span(text, 0, 6, 'threat'),
      span(text, 0, 17, 'demand'),
    ];
    const checked = checkSpans(
      fixtureDocument('d', text, spans),
      fixtureContext({ labels: ['demand', 'threat'] }),
    );
    expect(checked.warnings).toEqual([]);
    expect(checked.spans.map((checkedSpan) => checkedSpan.annotation.id)).toEqual([
      'demand-0-17',
      'threat-0-6',
    ]);
  });
});
