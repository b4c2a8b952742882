import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  ExportFormatDescription,
  ExportProgress,
  StartExportInput,
} from '../../src-main/contract/parleyContract';
import type { Bridge } from '../bridge/bridge';
import { BridgeError } from '../bridge/bridgeError';
import { AppStoreProvider } from '../store/AppStoreProvider';
import { createAppStore } from '../store/createAppStore';
import { FakeHost, SAMPLE_ARTICLES } from '../testing/fakeBridge';
import { ExportDialog } from './ExportDialog';

const FORMATS: ExportFormatDescription[] = [
  {
    format: 'jsonl',
    title: 'Parley dataset (JSONL)',
    layout: 'file',
    extensions: ['.jsonl'],
    defaultFileName: 'annotations.jsonl',
    options: [],
  },
  {
    format: 'csv',
    title: 'CSV, one span per row',
    layout: 'file',
    extensions: ['.csv'],
    defaultFileName: 'annotations.csv',
    options: ['excel'],
  },
];

function progress(patch: Partial<ExportProgress>): ExportProgress {
  return {
    jobId: 'job-1',
    state: 'running',
    format: 'jsonl',
    target: 'exports/annotations.jsonl',
    done: 0,
    total: 2,
    ...patch,
  };
}

const DONE = progress({
  state: 'done',
  done: 2,
  summary: {
    documents: 2,
    spans: 7,
    files: ['exports/annotations.jsonl'],
    warningCounts: { 'note-dropped': 3 },
    documentWarnings: [
      {
        documentId: '517',
        title: '<b>Iran</b>',
        counts: { 'note-dropped': 3 },
        warnings: [{ spanId: 's1', kind: 'note-dropped', message: 'the note was left out' }],
      },
    ],
    unlistedWarnings: 2,
    problems: [],
  },
});

/** The fake host plus scripted export answers: startExport's, then each poll's in turn. */
async function renderDialog(answers: {
  start?: Array<Awaited<ReturnType<Bridge['startExport']>>>;
  polls?: ExportProgress[];
  cancel?: ExportProgress;
}) {
  const host = new FakeHost(SAMPLE_ARTICLES);
  const starts = [...(answers.start ?? [])];
  const polls = [...(answers.polls ?? [])];
  const bridge: Bridge = {
    ...host.bridge,
    listExportFormats: vi.fn(async () => FORMATS),
    startExport: vi.fn(async (_input: StartExportInput) => {
      const next = starts.shift();
      if (!next) throw new Error('no more starts scripted');
      return next;
    }),
    getExportProgress: vi.fn(async () => {
      const next = polls.shift();
      if (!next) throw new BridgeError('is not a known export job', 'job-1');
      return next;
    }),
    cancelExport: vi.fn(async () => answers.cancel ?? progress({ state: 'cancelled' })),
  };
  const store = createAppStore(bridge);
  await store.getState().loadProject();
  store.getState().showDialog('export');
  render(
    <AppStoreProvider store={store}>
      <ExportDialog bridge={bridge} />
    </AppStoreProvider>,
  );
  await flush();
  return { bridge, store };
}

async function flush(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

const exportButton = () => screen.getByRole('button', { name: 'Export' });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('ExportDialog', () => {
  it('suggests the format’s name and checks the name as it is typed', async () => {
    await renderDialog({});
    const name = screen.getByRole('textbox', { name: 'File name' });
    expect((name as HTMLInputElement).value).toBe('annotations.jsonl');
    expect(screen.getByText('Written to exports/annotations.jsonl in the project.')).toBeTruthy();

    fireEvent.change(name, { target: { value: '../secret.jsonl' } });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/must be a name, not a path/)).toBeTruthy();
    expect((exportButton() as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(name, { target: { value: 'mine.csv' } });
    expect(screen.getByText('The name must end in ".jsonl" for jsonl.')).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Format' }), {
      target: { value: 'csv' },
    });
    expect((name as HTMLInputElement).value).toBe('annotations.csv');
    expect(screen.getByRole('checkbox', { name: /For Excel/ })).toBeTruthy();
    expect((exportButton() as HTMLButtonElement).disabled).toBe(false);
  });

  it('refuses to export no labels at all, and sends only the ticked ones', async () => {
    const { bridge } = await renderDialog({
      start: [{ outcome: 'started', jobId: 'job-1', target: 'exports/annotations.jsonl' }],
      polls: [DONE],
    });
    const labels = within(screen.getByRole('group', { name: 'Labels' }));
    for (const name of ['Demand', 'Denial', 'Threat', 'Offer']) {
      fireEvent.click(labels.getByRole('checkbox', { name }));
    }
    expect(screen.getByText('choose at least one label')).toBeTruthy();
    expect((exportButton() as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(labels.getByRole('checkbox', { name: 'Threat' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Whose annotations' }), {
      target: { value: 'gold' },
    });
    fireEvent.click(exportButton());
    await flush();
    expect(bridge.startExport).toHaveBeenCalledWith({
      format: 'jsonl',
      fileName: 'annotations.jsonl',
      annotator: 'gold',
      labels: ['threat'],
    });
  });

  it('asks before replacing an existing export, then starts it with replace', async () => {
    const { bridge } = await renderDialog({
      start: [
        { outcome: 'exists', target: 'exports/annotations.jsonl' },
        { outcome: 'started', jobId: 'job-1', target: 'exports/annotations.jsonl' },
      ],
      polls: [DONE],
    });
    fireEvent.click(exportButton());
    await flush();
    expect(screen.getByRole('alert').textContent).toContain(
      'exports/annotations.jsonl already exists. Replace it?',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    await flush();
    expect(bridge.startExport).toHaveBeenLastCalledWith(
      expect.objectContaining({ fileName: 'annotations.jsonl', replace: true }),
    );
  });

  it('keeps the choices when the analyst keeps the existing export', async () => {
    await renderDialog({ start: [{ outcome: 'exists', target: 'exports/x.jsonl' }] });
    fireEvent.change(screen.getByRole('textbox', { name: 'File name' }), {
      target: { value: 'x.jsonl' },
    });
    fireEvent.click(exportButton());
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect((screen.getByRole('textbox', { name: 'File name' }) as HTMLInputElement).value).toBe(
      'x.jsonl',
    );
  });

  it('polls the progress every half second and shows the summary at the end', async () => {
    const { bridge } = await renderDialog({
      start: [{ outcome: 'started', jobId: 'job-1', target: 'exports/annotations.jsonl' }],
      polls: [progress({ done: 1 }), DONE],
    });
    fireEvent.click(exportButton());
    await flush();
    const bar = screen.getByRole('progressbar', { name: 'Export progress' });
    expect(bar.getAttribute('value')).toBeNull();
    expect(screen.getByRole('status', { name: 'Documents exported' }).textContent).toBe(
      'Reading annotation files…',
    );
    await flush(499);
    expect(bridge.getExportProgress).not.toHaveBeenCalled();
    await flush(1);
    expect(bridge.getExportProgress).toHaveBeenCalledWith({ jobId: 'job-1' });
    expect(bar.getAttribute('value')).toBe('1');
    expect(bar.getAttribute('max')).toBe('2');
    expect(screen.getByRole('status', { name: 'Documents exported' }).textContent).toBe(
      '1 of 2 documents',
    );
    await flush(500);
    const summary = screen.getByRole('region', { name: 'Export summary' });
    expect(summary.textContent).toContain('2 documents and 7 spans exported.');
    expect(within(summary).getByRole('list', { name: 'Files written' }).textContent).toBe(
      'exports/annotations.jsonl',
    );
    expect(within(summary).getByRole('list', { name: 'Warnings by kind' }).textContent).toBe(
      'note-dropped: 3',
    );
    expect(summary.textContent).toContain('<b>Iran</b> (517): note-dropped 3');
    expect(summary.querySelector('b')).toBeNull();
    expect(summary.textContent).toContain('2 more warnings not listed.');
    await flush(2000);
    expect(bridge.getExportProgress).toHaveBeenCalledTimes(2);
  });

  it('cancels, and keeps polling until the job says it is cancelled', async () => {
    const { bridge } = await renderDialog({
      start: [{ outcome: 'started', jobId: 'job-1', target: 'exports/annotations.jsonl' }],
      polls: [progress({ done: 1 }), progress({ done: 1 }), progress({ state: 'cancelled' })],
      cancel: progress({ done: 1 }),
    });
    fireEvent.click(exportButton());
    await flush(500);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await flush();
    expect(bridge.cancelExport).toHaveBeenCalledWith({ jobId: 'job-1' });
    expect(screen.getByRole('button', { name: 'Cancelling…' })).toHaveProperty('disabled', true);
    await flush(500);
    expect(screen.queryByText('Export cancelled. Nothing was written.')).toBeNull();
    await flush(500);
    expect(screen.getByText('Export cancelled. Nothing was written.')).toBeTruthy();
  });

  it('names the file and the cause when the export fails', async () => {
    await renderDialog({
      start: [{ outcome: 'started', jobId: 'job-1', target: 'exports/annotations.jsonl' }],
      polls: [
        progress({
          state: 'failed',
          error: { message: 'no space left on device', file: 'exports/annotations.jsonl' },
        }),
      ],
    });
    fireEvent.click(exportButton());
    await flush(500);
    expect(screen.getByRole('alert').textContent).toBe(
      'The export to exports/annotations.jsonl failed: exports/annotations.jsonl: no space left on device',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Back to the export settings' }));
    expect(exportButton()).toBeTruthy();
  });

  it('cancels a running export when the dialog closes', async () => {
    const { bridge, store } = await renderDialog({
      start: [{ outcome: 'started', jobId: 'job-1', target: 'exports/annotations.jsonl' }],
      polls: [progress({ done: 1 })],
    });
    fireEvent.click(exportButton());
    await flush();
    cleanup();
    expect(bridge.cancelExport).toHaveBeenCalledWith({ jobId: 'job-1' });
    await flush(2000);
    expect(bridge.getExportProgress).not.toHaveBeenCalled();
    expect(store.getState().dialog).toBe('export');
  });
});
