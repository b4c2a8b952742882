import type { ParleyPreloadApi, RemoteResult } from '../../src-main/contract/parleyContract';
import { apiFromCall } from './apiFromCall';
import type { Bridge } from './bridge';
import { BridgeError } from './bridgeError';
import { unwrapResult } from './unwrapResult';

async function settle(promise: Promise<unknown>): Promise<unknown> {
  try {
    return await promise;
  } catch (error) {
    // IPC itself failed (the handler threw outside the envelope, or main is gone).
    throw new BridgeError(
      `The Parley window lost contact with the app (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** The bridge for the desktop app: the preload's functions, with their envelopes unwrapped. */
export function createPreloadBridge(preload: ParleyPreloadApi): Bridge {
  return {
    ...apiFromCall(async (method, input) => {
      const send = preload[method] as (input: unknown) => Promise<RemoteResult>;
      return unwrapResult(method, await settle(send(input)));
    }),
    onMenuCommand: (listener) => preload.onMenuCommand(listener),
  };
}
