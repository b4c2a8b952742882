import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import {
  channelFor,
  parleyContract,
  type ParleyApi,
  type ParleyMethod,
  type RemoteResult,
} from '../contract/parleyContract';
import { callContractMethod } from '../services/callContractMethod';
import { isAppUrl } from './appOrigin';

/** What the handlers need to know about the app's windows and their projects. */
export interface ContractCallContext {
  /** True when the WebContents with this id is one of our windows. */
  isOurWindow(webContentsId: number): boolean;
  /** The service of the project open in that window; undefined when none is. */
  serviceFor(webContentsId: number): ParleyApi | undefined;
  log(message: string, error?: unknown): void;
}

/** The parts of an invoke event the checks read. */
export interface ContractCallEvent {
  sender: { id: number; mainFrame: { frameTreeNodeId: number } };
  senderFrame: Pick<
    NonNullable<IpcMainInvokeEvent['senderFrame']>,
    'frameTreeNodeId' | 'url'
  > | null;
}

const methodByChannel = new Map<string, ParleyMethod>(
  (Object.keys(parleyContract) as ParleyMethod[]).map((method) => [channelFor(method), method]),
);

/** The channels `registerContractHandlers` handles: one per contract method. */
export const CONTRACT_CHANNELS: readonly string[] = [...methodByChannel.keys()];

function failure(message: string, code: string): RemoteResult {
  return { ok: false, error: { message, code } };
}

/** Only the main frame of one of our windows, showing our own page, may call main. */
export function isTrustedSender(
  event: ContractCallEvent,
  isOurWindow: (webContentsId: number) => boolean,
): boolean {
  const frame = event.senderFrame;
  if (frame === null || !isOurWindow(event.sender.id)) return false;
  // Compared by id: Electron does not promise one JavaScript object per frame.
  if (frame.frameTreeNodeId !== event.sender.mainFrame.frameTreeNodeId) return false;
  return isAppUrl(frame.url);
}

/**
 * The one wrapper every IPC call from the page goes through: refuse unknown channels and
 * foreign senders, find the sending window's project, then parse, run and wrap the call
 * (callContractMethod). Always resolves to the result envelope, never throws.
 */
export async function handleContractCall(
  channel: string,
  event: ContractCallEvent,
  input: unknown,
  context: ContractCallContext,
): Promise<RemoteResult> {
  const method = methodByChannel.get(channel);
  if (method === undefined) return failure(`unknown channel "${channel}"`, 'unknown-channel');
  try {
    if (!isTrustedSender(event, (id) => context.isOurWindow(id))) {
      context.log(`parley: refused ${channel} from ${event.senderFrame?.url ?? 'a closed frame'}`);
      return failure('this page may not call Parley', 'untrusted-sender');
    }
    const service = context.serviceFor(event.sender.id);
    if (service === undefined) return failure('No project is open', 'no-project');
    return await callContractMethod(service, method, input, (error) =>
      context.log(`parley: ${method} failed`, error),
    );
  } catch (error) {
    context.log(`parley: ${channel} failed`, error);
    return failure(`${method} failed unexpectedly; details are in the log`, 'internal');
  }
}

/**
 * Registers one `ipcMain.handle` per contract method, each through `handleContractCall`.
 * This is the only place in the shell that calls `ipcMain.handle` (a test checks that).
 */
export function registerContractHandlers(context: ContractCallContext): void {
  for (const channel of CONTRACT_CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) =>
      handleContractCall(channel, event, input, context),
    );
  }
}
