import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ParleyMethod, ParleyPreloadApi, RemoteResult } from '../contract/parleyContract';
import { PARLEY_METHODS } from '../contract/parleyMethods';
import { MENU_CHANNEL, contractChannel, isMenuCommand } from './bridgeChannels';

function invoke(method: ParleyMethod, input: unknown): Promise<RemoteResult> {
  // Main answers every contract call with the envelope and never throws through IPC.
  return ipcRenderer.invoke(contractChannel(method), input) as Promise<RemoteResult>;
}

/** One named verb per contract method; the names come from the contract's own list. */
const contractVerbs = Object.fromEntries(
  PARLEY_METHODS.map((method) => [method, (input: unknown) => invoke(method, input)]),
) as { [M in ParleyMethod]: ParleyPreloadApi[M] };

/** The page's whole view of Electron: verbs of the contract, and menu commands. */
const api = {
  ...contractVerbs,
  onMenuCommand(listener) {
    // The IPC event is not passed on: it would hand the page a way back to ipcRenderer.
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
} satisfies ParleyPreloadApi;

contextBridge.exposeInMainWorld('parley', api);
