import { beforeEach, describe, expect, it, vi } from 'vitest';
import { selectDrawnAnnotations, selectListedAnnotations } from './selectors';
import { createTestStore, selectText } from './testStore';

describe('tagging', () => {
  let test: ReturnType<typeof createTestStore>;
  beforeEach(async () => {
    test = createTestStore();
    await test.state().loadProject();
    await test.state().openDocument('517');
  });

  it('tags the selection snapped to whole words, with code-point offsets and context', () => {
    selectText(test.store, 'jected a dem');

    expect(test.state().applyLabel('demand')).toBe(true);

    const [span] = test.state().annotations;
    expect(span).toMatchObject({ id: 'span-1', label: 'demand', text: 'rejected a demand' });
    expect(span!.start).toBe('Iran on Thursday '.length);
    expect(span!.end).toBe(span!.start + 'rejected a demand'.length);
    expect(span!.prefix).toBe('Iran on Thursday ');
    expect(test.state().selectedAnnotationId).toBe('span-1');
    expect(test.state().dirty).toBe(true);
    expect(test.state().saveState).toBe('unsaved');
  });

  it('tags exactly the selection when snapping is off', () => {
    test.state().toggleSnapToWords();
    selectText(test.store, 'jected a dem');

    test.state().tagSelection('demand');

    expect(test.state().annotations[0]!.text).toBe('jected a dem');
  });

  it('saves astral characters at code-point offsets', () => {
    selectText(test.store, '𝟓');
    test.state().tagSelection('offer');
    selectText(test.store, '🕊️');
    test.state().tagSelection('offer');

    const text = test.state().opened!.article.text;
    const codePoints = Array.from(text);
    const [five, dove] = test.state().annotations;
    expect(five!.text).toBe('𝟓');
    expect(codePoints.slice(five!.start, five!.end).join('')).toBe('𝟓');
    expect(five!.end - five!.start).toBe(1);
    expect(dove!.text).toBe('🕊️');
    expect(codePoints.slice(dove!.start, dove!.end).join('')).toBe('🕊️');
  });

  it('keeps overlapping and nested spans, listed in text order', () => {
    selectText(test.store, 'rejected a demand by European negotiators');
    test.state().tagSelection('denial');
    selectText(test.store, 'a demand');
    test.state().tagSelection('demand');
    selectText(test.store, 'Iran on Thursday rejected');
    test.state().tagSelection('offer');

    expect(selectDrawnAnnotations(test.state()).map((span) => span.text)).toEqual([
      'Iran on Thursday rejected',
      'rejected a demand by European negotiators',
      'a demand',
    ]);
  });

  it('refuses an exact duplicate with a visible message and selects the existing span', () => {
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    test.state().selectAnnotation(null);
    selectText(test.store, 'rejected');

    expect(test.state().tagSelection('denial')).toBe(false);

    expect(test.state().annotations).toHaveLength(1);
    expect(test.state().notice).toMatchObject({ tone: 'error' });
    expect(test.state().notice!.message).toMatch(/already tagged Denial/);
    expect(test.state().selectedAnnotationId).toBe('span-1');
    // The same text with another label is a different span.
    selectText(test.store, 'rejected');
    expect(test.state().tagSelection('demand')).toBe(true);
  });

  it('relabels the selected span when no text is selected, refusing duplicates', () => {
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    selectText(test.store, 'rejected');
    test.state().tagSelection('threat');
    test.state().setTextSelection(null);
    test.state().selectAnnotation('span-2');

    expect(test.state().applyLabel('offer')).toBe(true);
    expect(test.state().annotations[1]!.label).toBe('offer');
    expect(test.state().applyLabel('denial')).toBe(false);
    expect(test.state().annotations[1]!.label).toBe('offer');
  });

  it('tells subscribers of a selection change, but not of the same selection reported again', () => {
    const notified = vi.fn();
    const unsubscribe = test.store.subscribe(notified);
    test.state().setTextSelection({ start: 3, end: 9 });
    test.state().setTextSelection({ start: 3, end: 9 });
    expect(notified).toHaveBeenCalledTimes(1);
    test.state().setTextSelection({ start: 3, end: 10 });
    test.state().setTextSelection(null);
    test.state().setTextSelection(null);
    expect(notified).toHaveBeenCalledTimes(3);
    expect(test.state().textSelection).toBeNull();
    unsubscribe();
  });

  it('refuses whitespace-only selections and asks for a selection', () => {
    const text = test.state().opened!.article.text;
    const gap = text.indexOf('\n\n');
    test.state().setTextSelection({ start: gap, end: gap + 2 });
    expect(test.state().tagSelection('demand')).toBe(false);
    test.state().setTextSelection(null);
    expect(test.state().applyLabel('demand')).toBe(false);
    expect(test.state().notice!.message).toMatch(/Select some text/);
    expect(test.state().annotations).toHaveLength(0);
  });

  it('edits attributes and the note, and deletes spans', () => {
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');

    test.state().setAnnotationAttribute('span-1', 'modality', 'negated');
    test.state().setAnnotationAttribute('span-1', 'source', 'Iran');
    test.state().setAnnotationNote('span-1', 'rejects a demand');
    expect(test.state().annotations[0]).toMatchObject({
      attributes: { modality: 'negated', source: 'Iran' },
      note: 'rejects a demand',
    });

    test.state().setAnnotationAttribute('span-1', 'source', '');
    expect(test.state().annotations[0]!.attributes).toEqual({ modality: 'negated' });

    test.state().deleteAnnotation('span-1');
    expect(test.state().annotations).toHaveLength(0);
    expect(test.state().selectedAnnotationId).toBeNull();
  });

  it('moves to the next and previous span in text order, within the label filter', () => {
    for (const [text, label] of [
      ['Tehran said', 'threat'],
      ['Iran on Thursday', 'denial'],
      ['camera monitoring', 'demand'],
    ] as const) {
      selectText(test.store, text);
      test.state().tagSelection(label);
    }
    test.state().selectAnnotation(null);
    test.state().setTextSelection({ start: 0, end: 0 });

    test.state().selectAdjacentAnnotation(1);
    expect(test.state().selectedAnnotationId).toBe('span-2');
    expect(test.state().editorRequest).toMatchObject({
      kind: 'reveal-annotation',
      annotationId: 'span-2',
    });
    test.state().selectAdjacentAnnotation(1);
    expect(test.state().selectedAnnotationId).toBe('span-3');

    test.state().toggleLabelVisibility('threat');
    expect(selectListedAnnotations(test.state()).map((span) => span.id)).toEqual([
      'span-2',
      'span-3',
    ]);
    test.state().selectAdjacentAnnotation(1);
    expect(test.state().selectedAnnotationId).toBe('span-3');
    expect(test.state().notice!.message).toMatch(/last span/);
    test.state().selectAdjacentAnnotation(-1);
    expect(test.state().selectedAnnotationId).toBe('span-2');
  });

  it('selects the innermost span under the caret', () => {
    selectText(test.store, 'rejected a demand by');
    test.state().tagSelection('denial');
    selectText(test.store, 'demand');
    test.state().tagSelection('demand');
    const caret = test.state().annotations[1]!.start + 2;
    test.state().setTextSelection({ start: caret, end: caret });

    expect(test.state().selectAnnotationAtCaret()).toBe(true);
    expect(test.state().selectedAnnotationId).toBe('span-2');
  });
});

describe('documents that may not be edited', () => {
  it('refuses every edit of a read-only document with its reason', async () => {
    const test = createTestStore();
    test.host.readOnlyReasons.set('517', 'it was written by a newer Parley');
    await test.state().loadProject();
    await test.state().openDocument('517');
    selectText(test.store, 'rejected');

    expect(test.state().tagSelection('denial')).toBe(false);
    expect(test.state().notice!.message).toMatch(/read-only: it was written by a newer Parley/);
    expect(test.state().annotations).toHaveLength(0);
    expect(test.state().dirty).toBe(false);
  });

  it('lists flagged spans apart and never draws them', async () => {
    const test = createTestStore();
    test.host.writeFile('ana', '517', [
      { id: 'lost', label: 'demand', start: 500, end: 510, text: 'vanished words' },
      { id: 'ok', label: 'denial', start: 0, end: 4, text: 'Iran' },
    ]);
    test.host.flagged.set('517', [
      {
        annotationId: 'lost',
        anchor: { status: 'missing', occurrences: 0 },
        message: 'no longer occurs',
      },
    ]);
    await test.state().loadProject();
    await test.state().changeAnnotator('ana');
    await test.state().openDocument('517');

    expect(test.state().annotations).toHaveLength(2);
    expect(selectDrawnAnnotations(test.state()).map((span) => span.id)).toEqual(['ok']);
  });
});
