import { describe, expect, it } from 'vitest';
import { BridgeError } from '../bridge/bridgeError';
import { DOCUMENT_REQUEST_MARK } from '../performance/paintMarks';
import { selectVisibleDocuments } from './selectors';
import { createTestStore, selectText } from './testStore';

describe('project and documents', () => {
  it('shows why the project could not be loaded, naming the file', async () => {
    const test = createTestStore();
    test.host.bridge.getProject = async () => {
      throw new BridgeError('is not valid JSON (line 3)', 'parley.json');
    };

    await test.state().loadProject();

    expect(test.state().projectError).toBe('parley.json: is not valid JSON (line 3)');
  });

  it('filters documents by title or id and steps through the visible ones', async () => {
    const test = createTestStore();
    await test.state().loadProject();
    test.state().setDocumentFilter('  IRAN ');
    expect(selectVisibleDocuments(test.state()).map((summary) => summary.id)).toEqual(['517']);
    test.state().setDocumentFilter('');

    await test.state().openAdjacentDocument(1);
    expect(test.state().opened!.article.id).toBe('517');
    await test.state().openAdjacentDocument(1);
    expect(test.state().opened!.article.id).toBe('733');
    await test.state().openAdjacentDocument(-1);
    expect(test.state().opened!.article.id).toBe('517');
    await test.state().openAdjacentDocument(-1);
    expect(test.state().notice!.message).toBe('This is the first document.');
  });

  it('goes to the next document without spans, skipping tagged and done ones', async () => {
    const test = createTestStore();
    test.host.writeFile('annotator', '733', [
      { id: 'x', label: 'offer', start: 0, end: 5, text: 'India' },
    ]);
    await test.state().loadProject();
    await test.state().openDocument('517');
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');

    await test.state().openNextUntaggedDocument();

    expect(test.state().opened!.article.id).toBe('000');
    await test.state().openNextUntaggedDocument();
    expect(test.state().notice!.message).toMatch(/Every other document/);
    expect(test.state().project!.documents.map((summary) => summary.spanCount)).toEqual([1, 1, 0]);
  });

  it('marks when it asks the host to read a document, for the open benchmark', async () => {
    const test = createTestStore();
    await test.state().loadProject();
    performance.clearMarks(DOCUMENT_REQUEST_MARK);
    const open = test.host.bridge.openDocument;
    let marksWhenAsked = -1;
    test.host.bridge.openDocument = (input) => {
      marksWhenAsked = performance.getEntriesByName(DOCUMENT_REQUEST_MARK, 'mark').length;
      return open(input);
    };

    await test.state().openDocument('517');
    // Already open: the host is not asked, and no mark is set.
    await test.state().openDocument('517');

    expect(marksWhenAsked).toBe(1);
    expect(performance.getEntriesByName(DOCUMENT_REQUEST_MARK, 'mark')).toHaveLength(1);
  });

  it('shows a document that failed to open without closing the current one', async () => {
    const test = createTestStore();
    await test.state().loadProject();
    await test.state().openDocument('517');
    test.host.bridge.openDocument = async () => {
      throw new BridgeError(
        'cannot be opened: $.annotations[0].end: must be a number',
        'annotations/annotator/733.json',
      );
    };

    expect(await test.state().openDocument('733')).toBe(false);

    expect(test.state().opened!.article.id).toBe('517');
    expect(test.state().documentError).toBe(
      'annotations/annotator/733.json: cannot be opened: $.annotations[0].end: must be a number',
    );
  });

  it('never shows one annotator’s spans as another’s when the annotator changes mid-load', async () => {
    const test = createTestStore();
    test.host.writeFile('alice', '517', [
      { id: 'a', label: 'denial', start: 0, end: 4, text: 'Iran' },
    ]);
    await test.state().loadProject();
    // Hold the first openDocument (for "annotator") until the annotator has changed.
    const realOpen = test.host.bridge.openDocument;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let first = true;
    test.host.bridge.openDocument = async (input) => {
      if (first) {
        first = false;
        await held;
      }
      return realOpen(input);
    };
    const opening = test.state().openDocument('517');
    const changing = test.state().changeAnnotator('alice');
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await Promise.all([opening, changing]);
    expect(test.state().annotator).toBe('alice');
    expect(test.state().opened!.article.id).toBe('517');
    expect(test.state().annotations.map((annotation) => annotation.id)).toEqual(['a']);
    expect(test.state().project!.documents.find((summary) => summary.id === '517')!.spanCount).toBe(
      1,
    );
  });
});
