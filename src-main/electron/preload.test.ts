import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  MENU_COMMAND_CHANNEL,
  channelFor,
  parleyContract,
  type ParleyPreloadApi,
} from '../contract/parleyContract';
import { fakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectron);

let api: ParleyPreloadApi;

beforeAll(async () => {
  await import('./preload');
  const [name, exposed] = fakeElectron.contextBridge.exposeInMainWorld.mock.calls[0] as [
    string,
    ParleyPreloadApi,
  ];
  expect(name).toBe('parley');
  api = exposed;
});

describe('preload', () => {
  it('exposes exactly one function per contract method, plus onMenuCommand', () => {
    expect(fakeElectron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(parleyContract), 'onMenuCommand'].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(fakeElectron.ipcRenderer);
  });

  it('invokes each method on its own channel and resolves to the envelope', async () => {
    const envelope = { ok: true, value: { outcome: 'saved' } };
    fakeElectron.ipcRenderer.invoke.mockResolvedValue(envelope);
    const inputs = {
      getProject: { annotator: 'ana' },
      getAnnotatorDocuments: { annotator: 'gold' },
      openDocument: { documentId: '517', annotator: 'ana' },
      saveAnnotations: { documentId: '517', annotator: 'ana', annotations: [], baseRevision: null },
      writeRecoveryJournal: {
        documentId: '517',
        annotator: 'ana',
        annotations: [],
        baseRevision: null,
      },
      discardRecoveryJournal: { documentId: '517', annotator: 'ana' },
      listExportFormats: {},
      startExport: { format: 'jsonl', fileName: 'ana.jsonl' },
      getExportProgress: { jobId: 'job-1' },
      cancelExport: { jobId: 'job-1' },
      importAnnotationFiles: { format: 'parley', files: [] },
      getReviewDocument: { documentId: '517' },
      getReviewProgress: { annotators: ['ana', 'ben'] },
      startAgreementReport: { annotators: ['ana', 'ben'] },
      getAgreementReportProgress: { jobId: 'job-2' },
      cancelAgreementReport: { jobId: 'job-2' },
      exportAgreementReport: { format: 'csv', fileName: 'agreement.csv' },
    } satisfies { [M in keyof typeof parleyContract]: Parameters<ParleyPreloadApi[M]>[0] };
    for (const method of Object.keys(inputs) as (keyof typeof inputs)[]) {
      const call = api[method] as (input: unknown) => Promise<unknown>;
      await expect(call(inputs[method])).resolves.toBe(envelope);
      expect(fakeElectron.ipcRenderer.invoke).toHaveBeenLastCalledWith(
        channelFor(method),
        inputs[method],
      );
    }
  });

  it('passes valid menu commands to the listener, without the IPC event', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    const sender = { sender: 'ipcRenderer' };
    fakeElectron.ipcRenderer.emit(MENU_COMMAND_CHANNEL, sender, 'save');
    fakeElectron.ipcRenderer.emit(MENU_COMMAND_CHANNEL, sender, 'format-disk');
    fakeElectron.ipcRenderer.emit(MENU_COMMAND_CHANNEL, sender, { command: 'save' });
    expect(listener.mock.calls).toEqual([['save']]);

    unsubscribe();
    expect(fakeElectron.ipcRenderer.listenerCount(MENU_COMMAND_CHANNEL)).toBe(0);
    fakeElectron.ipcRenderer.emit(MENU_COMMAND_CHANNEL, sender, 'undo');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('imports no runtime values that would bundle zod into the sandboxed preload', () => {
    const runtimeImports = (file: string) =>
      [
        ...readFileSync(join(import.meta.dirname, file), 'utf8').matchAll(
          /^import (?!type )[^;]*?from '([^']+)'/gms,
        ),
      ].map((match) => match[1]);
    expect(runtimeImports('preload.ts')).toEqual([
      'electron',
      '../contract/parleyMethods',
      './bridgeChannels',
    ]);
    expect(runtimeImports('bridgeChannels.ts')).toEqual(['../contract/parleyMethods']);
    expect(runtimeImports('../contract/parleyMethods.ts')).toEqual([]);
  });
});
