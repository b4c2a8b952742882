import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  ImportAnnotationFilesInput,
  ImportReport,
} from '../../src-main/contract/parleyContract';
import type { Bridge } from '../bridge/bridge';
import { AppStoreProvider } from '../store/AppStoreProvider';
import { createAppStore } from '../store/createAppStore';
import { FakeHost, SAMPLE_ARTICLES } from '../testing/fakeBridge';
import { ImportDialog } from './ImportDialog';

afterEach(cleanup);

const written = (file: string, documentId: string, annotator = 'erin') => ({
  file,
  documentId,
  annotator,
  spans: 3,
  matchedBy: 'id' as const,
  replaced: false,
  flagged: 1,
  source: `${documentId}.json`,
});

async function renderDialog(mode: 'open' | 'import', reports: ImportReport[]) {
  const host = new FakeHost(SAMPLE_ARTICLES);
  const answers = [...reports];
  const bridge: Bridge = {
    ...host.bridge,
    importAnnotationFiles: vi.fn(async (_input: ImportAnnotationFilesInput) => answers.shift()!),
  };
  const store = createAppStore(bridge);
  await store.getState().loadProject();
  render(
    <AppStoreProvider store={store}>
      <ImportDialog bridge={bridge} mode={mode} />
    </AppStoreProvider>,
  );
  return { bridge, host };
}

/** A File whose text can be read: jsdom's File has no text(). */
function textFile(content: string, name: string): File {
  return Object.assign(new File([content], name), { text: async () => content });
}

async function chooseFiles(label: string, files: File[]): Promise<void> {
  const input = screen.getByLabelText(label);
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    fireEvent.change(input);
  });
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('ImportDialog', () => {
  it('needs an annotator for other tools’ files, and sends the files’ text', async () => {
    const { bridge } = await renderDialog('import', [
      { written: [], needsDecision: [], unmatched: ['x'], problems: [] },
    ]);
    expect(screen.getByRole('heading', { name: 'Import annotations' })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Format' }) as HTMLSelectElement).value).toBe(
      'brat',
    );
    expect(screen.getByLabelText('Choose a folder')).toHaveProperty('webkitdirectory', true);
    await chooseFiles('Choose files', [
      textFile('T1\tdemand 0 4\tIran\n', '517.ann'),
      textFile('Iran said', '517.txt'),
    ]);
    expect(screen.getByText('2 files chosen.')).toBeTruthy();
    const importButton = screen.getByRole('button', { name: 'Import' });
    expect(importButton).toHaveProperty('disabled', true);
    expect(
      screen.getByText('Give the name of the annotator who made these annotations.'),
    ).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Annotator' }), {
      target: { value: 'dana' },
    });
    fireEvent.click(importButton);
    await settle();
    expect(bridge.importAnnotationFiles).toHaveBeenCalledWith({
      format: 'brat',
      annotator: 'dana',
      files: [
        { name: '517.ann', content: 'T1\tdemand 0 4\tIran\n' },
        { name: '517.txt', content: 'Iran said' },
      ],
    });
    expect(screen.getByRole('list', { name: 'Unmatched documents' }).textContent).toBe('x');
  });

  it('opens Parley files, reports them, and replaces only the ticked ones', async () => {
    const first: ImportReport = {
      written: [written('annotations/erin/517.json', '517')],
      needsDecision: [
        { file: 'annotations/erin/733.json', documentId: '733', annotator: 'erin', spans: 2 },
        { file: 'annotations/erin/000.json', documentId: '000', annotator: 'erin', spans: 1 },
      ],
      unmatched: [],
      problems: [{ path: 'odd.json', message: '<i>not</i> a Parley file' }],
    };
    const second: ImportReport = {
      written: [{ ...written('annotations/erin/733.json', '733'), replaced: true }],
      needsDecision: [first.needsDecision[1]!],
      unmatched: [],
      problems: first.problems,
    };
    const { bridge } = await renderDialog('open', [first, second]);
    expect(screen.getByRole('heading', { name: 'Open annotation files' })).toBeTruthy();
    await chooseFiles('Choose a folder', [textFile('{}', '517.json'), textFile('{}', 'odd.json')]);
    const getProjectCalls = vi.mocked(bridge.getProject).mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await settle();
    expect(bridge.importAnnotationFiles).toHaveBeenLastCalledWith(
      expect.not.objectContaining({ annotator: expect.anything() }),
    );
    expect(vi.mocked(bridge.getProject).mock.calls.length).toBe(getProjectCalls + 1);

    const report = screen.getByRole('region', { name: 'Import report' });
    const rows = within(report).getAllByRole('row');
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['annotations/erin/517.json from 517.json', 'erin', '517', '3', 'id', '1']);
    expect(within(report).getByRole('list', { name: 'Import problems' }).textContent).toBe(
      'odd.json: <i>not</i> a Parley file',
    );
    const replaceSelected = within(report).getByRole('button', { name: 'Replace selected' });
    expect(replaceSelected).toHaveProperty('disabled', true);
    fireEvent.click(within(report).getByRole('checkbox', { name: /annotations\/erin\/733\.json/ }));
    fireEvent.click(replaceSelected);
    await settle();
    expect(bridge.importAnnotationFiles).toHaveBeenLastCalledWith(
      expect.objectContaining({ format: 'parley', replace: ['annotations/erin/733.json'] }),
    );
    const merged = screen.getByRole('region', { name: 'Import report' });
    expect(within(merged).getAllByRole('row')).toHaveLength(3);
    expect(within(merged).getAllByRole('checkbox')).toHaveLength(1);
    expect(merged.textContent).toContain('(replaced)');
  });

  it('shows why the import failed', async () => {
    const { bridge } = await renderDialog('open', []);
    vi.mocked(bridge.importAnnotationFiles).mockRejectedValueOnce(
      new Error('the files are too large to import at once'),
    );
    await chooseFiles('Choose files', [textFile('{}', 'a.json')]);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('the files are too large to import at once');
  });
});
