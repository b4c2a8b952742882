import type { Annotation, AttributeValue } from '../../src-main/core/annotations/annotationSchema';
import { createAnnotation } from '../../src-main/core/annotations/createAnnotation';
import { snapToWords } from '../article/snapToWords';
import type { AppSlice } from './appStore';
import { selectLabelById, selectListedAnnotations, selectDrawnAnnotations } from './selectors';

/** A range of the article text in code points, end exclusive; start = end is the caret. */
export interface TextRange {
  start: number;
  end: number;
}

export interface AnnotationsSlice {
  /** Every span of the open document, flagged ones included, in file order. */
  annotations: readonly Annotation[];
  selectedAnnotationId: string | null;
  /** The editor's selection (or caret) in code points. */
  textSelection: TextRange | null;
  /** Labels whose spans the annotation panel hides. */
  hiddenLabels: readonly string[];
  setTextSelection: (range: TextRange | null) => void;
  selectAnnotation: (annotationId: string | null, options?: { reveal?: boolean }) => void;
  /** Selects the next or previous listed span after the selection (or the caret). */
  selectAdjacentAnnotation: (step: 1 | -1) => void;
  /** Selects the innermost span under the caret; false when there is none. */
  selectAnnotationAtCaret: () => boolean;
  toggleLabelVisibility: (labelId: string) => void;
  /** Why the spans cannot be edited right now, or null when they can. */
  editBlockedReason: () => string | null;
  /** The label hotkey: tags the selected text, or relabels the selected span. */
  applyLabel: (labelId: string) => boolean;
  /** Tags the selected text (snapped to words when on); false, with a notice, when refused. */
  tagSelection: (labelId: string) => boolean;
  setAnnotationLabel: (annotationId: string, labelId: string) => boolean;
  /** Sets one attribute; undefined or "" removes it. */
  setAnnotationAttribute: (
    annotationId: string,
    attributeId: string,
    value: AttributeValue | undefined,
  ) => void;
  setAnnotationNote: (annotationId: string, note: string) => void;
  deleteAnnotation: (annotationId: string) => void;
}

export const createAnnotationsSlice: AppSlice<AnnotationsSlice> = (dependencies) => (set, get) => {
  function refuse(message: string): false {
    get().showNotice(message, 'error');
    return false;
  }

  function duplicateOf(candidate: Pick<Annotation, 'label' | 'start' | 'end' | 'id'>) {
    return get().annotations.find(
      (other) =>
        other.id !== candidate.id &&
        other.label === candidate.label &&
        other.start === candidate.start &&
        other.end === candidate.end,
    );
  }

  function isTextAttribute(attributeId: string): boolean {
    const attributes = get().project?.config.attributes ?? [];
    return attributes.some(
      (attribute) => attribute.id === attributeId && attribute.type === 'text',
    );
  }

  function labelName(labelId: string): string {
    return selectLabelById(get()).get(labelId)?.name ?? labelId;
  }

  /** Applies `change` to one span as an undoable edit; false when refused. */
  function updateAnnotation(
    annotationId: string,
    change: (annotation: Annotation) => Annotation,
    coalesceKey?: string,
  ): boolean {
    const blocked = get().editBlockedReason();
    if (blocked) return refuse(blocked);
    const annotations = get().annotations;
    const index = annotations.findIndex((annotation) => annotation.id === annotationId);
    const before = annotations[index];
    if (!before) return false;
    const after = { ...change(before), updatedAt: dependencies.now() };
    const next = [...annotations];
    next[index] = after;
    get().commitAnnotations(next, coalesceKey === undefined ? {} : { coalesceKey });
    return true;
  }

  return {
    annotations: [],
    selectedAnnotationId: null,
    textSelection: null,
    hiddenLabels: [],

    setTextSelection: (textSelection) => {
      // Every key press in the article reports the selection again: unchanged, nobody is told.
      const current = get().textSelection;
      if (current === textSelection) return;
      if (current && textSelection && current.start === textSelection.start) {
        if (current.end === textSelection.end) return;
      }
      set({ textSelection });
    },

    selectAnnotation: (annotationId, options = {}) => {
      set({ selectedAnnotationId: annotationId });
      if (annotationId !== null && options.reveal) {
        get().requestEditor({ kind: 'reveal-annotation', annotationId });
      }
    },

    selectAdjacentAnnotation: (step) => {
      const listed = selectListedAnnotations(get());
      if (listed.length === 0) {
        get().showNotice('There are no spans to go to.');
        return;
      }
      const selectedIndex = listed.findIndex(
        (annotation) => annotation.id === get().selectedAnnotationId,
      );
      let target: Annotation | undefined;
      if (selectedIndex !== -1) {
        target = listed[selectedIndex + step];
      } else {
        const caret = get().textSelection?.start ?? (step === 1 ? -1 : Infinity);
        target =
          step === 1
            ? listed.find((annotation) => annotation.start >= caret)
            : listed.findLast((annotation) => annotation.start < caret);
      }
      if (!target) {
        get().showNotice(step === 1 ? 'This is the last span.' : 'This is the first span.');
        return;
      }
      get().selectAnnotation(target.id, { reveal: true });
    },

    selectAnnotationAtCaret: () => {
      const caret = get().textSelection?.start;
      if (caret === undefined) return false;
      const covering = selectDrawnAnnotations(get()).filter(
        (annotation) => annotation.start <= caret && caret < annotation.end,
      );
      const innermost = covering.at(-1);
      if (!innermost) return false;
      get().selectAnnotation(innermost.id);
      return true;
    },

    toggleLabelVisibility: (labelId) =>
      set((state) => ({
        hiddenLabels: state.hiddenLabels.includes(labelId)
          ? state.hiddenLabels.filter((hidden) => hidden !== labelId)
          : [...state.hiddenLabels, labelId],
      })),

    editBlockedReason: () => {
      const { opened, conflict } = get();
      if (!opened) return 'Open a document first.';
      if (opened.readOnlyReason !== null)
        return `This document is read-only: ${opened.readOnlyReason}`;
      if (conflict) return 'Resolve the save conflict first.';
      return null;
    },

    applyLabel: (labelId) => {
      const blocked = get().editBlockedReason();
      if (blocked) return refuse(blocked);
      const selection = get().textSelection;
      if (selection && selection.start < selection.end) return get().tagSelection(labelId);
      const selected = get().selectedAnnotationId;
      if (selected !== null) return get().setAnnotationLabel(selected, labelId);
      return refuse('Select some text to tag, or a span to relabel.');
    },

    tagSelection: (labelId) => {
      const blocked = get().editBlockedReason();
      if (blocked) return refuse(blocked);
      const { opened, textSelection, snapToWords: snapping } = get();
      if (!opened || !textSelection || textSelection.start >= textSelection.end) {
        return refuse('Select some text to tag first.');
      }
      if (!selectLabelById(get()).has(labelId)) return refuse(`There is no label "${labelId}".`);
      let { start, end } = textSelection;
      if (snapping) {
        const index = opened.codePoints;
        const snapped = snapToWords(opened.article.text, {
          start: index.toUtf16(start),
          end: index.toUtf16(end),
        });
        if (!snapped) return refuse('The selection holds no words to tag.');
        start = index.toCodePoint(snapped.start);
        end = index.toCodePoint(snapped.end);
      }
      const duplicate = duplicateOf({ id: '', label: labelId, start, end });
      if (duplicate) {
        get().selectAnnotation(duplicate.id);
        return refuse(
          `This text is already tagged ${labelName(labelId)}: duplicates are not added.`,
        );
      }
      const annotation = createAnnotation(opened.codePoints, {
        id: dependencies.createId(),
        label: labelId,
        start,
        end,
        now: dependencies.now(),
      });
      get().commitAnnotations([...get().annotations, annotation]);
      set({ selectedAnnotationId: annotation.id, textSelection: { start: end, end } });
      get().requestEditor({ kind: 'collapse-selection' });
      return true;
    },

    setAnnotationLabel: (annotationId, labelId) => {
      const annotation = get().annotations.find((candidate) => candidate.id === annotationId);
      if (!annotation || annotation.label === labelId) return false;
      if (!selectLabelById(get()).has(labelId)) return refuse(`There is no label "${labelId}".`);
      if (duplicateOf({ ...annotation, label: labelId })) {
        return refuse(
          `This text is already tagged ${labelName(labelId)}: duplicates are not added.`,
        );
      }
      return updateAnnotation(annotationId, (before) => ({ ...before, label: labelId }));
    },

    setAnnotationAttribute: (annotationId, attributeId, value) => {
      updateAnnotation(
        annotationId,
        (before) => {
          const attributes = { ...before.attributes };
          if (value === undefined || value === '') delete attributes[attributeId];
          else attributes[attributeId] = value;
          return { ...before, attributes };
        },
        // Typing in a text attribute undoes as one edit; a choice or a checkbox undoes alone.
        isTextAttribute(attributeId) ? `attribute:${annotationId}:${attributeId}` : undefined,
      );
    },

    setAnnotationNote: (annotationId, note) => {
      updateAnnotation(annotationId, (before) => ({ ...before, note }), `note:${annotationId}`);
    },

    deleteAnnotation: (annotationId) => {
      const blocked = get().editBlockedReason();
      if (blocked) {
        refuse(blocked);
        return;
      }
      const next = get().annotations.filter((annotation) => annotation.id !== annotationId);
      if (next.length === get().annotations.length) return;
      get().commitAnnotations(next);
      if (get().selectedAnnotationId === annotationId) set({ selectedAnnotationId: null });
    },
  };
};
