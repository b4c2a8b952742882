import {
  API_PATH_PREFIX,
  type MethodInput,
  type MethodOutput,
  type ParleyMethod,
} from '../../src-main/contract/parleyContract';
import { apiFromCall } from './apiFromCall';
import type { Bridge } from './bridge';
import { BridgeError } from './bridgeError';
import { unwrapResult } from './unwrapResult';

export interface HttpBridgeOptions {
  /** Origin of the browser host, e.g. "http://127.0.0.1:5391". */
  origin: string;
  /** The session token the host printed in the page URL (`?token=`). */
  token: string;
  fetch?: typeof fetch;
}

/** The bridge for the browser host: every call is `POST /api/<method>` with the bearer token. */
export function createHttpBridge(options: HttpBridgeOptions): Bridge {
  const fetchFunction = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function call<M extends ParleyMethod>(
    method: M,
    input: MethodInput<M>,
  ): Promise<MethodOutput<M>> {
    const url = new URL(`${API_PATH_PREFIX}${method}`, options.origin).toString();
    let response: Response;
    try {
      response = await fetchFunction(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${options.token}`,
        },
        body: JSON.stringify(input),
      });
    } catch (error) {
      throw new BridgeError(
        `Could not reach the Parley host (${error instanceof Error ? error.message : String(error)}). Is "parley serve" still running?`,
      );
    }
    let envelope: unknown;
    try {
      envelope = await response.json();
    } catch {
      throw new BridgeError(
        `The Parley host answered ${method} with HTTP ${response.status} and no readable result`,
      );
    }
    return unwrapResult(method, envelope);
  }

  return { ...apiFromCall(call), onMenuCommand: () => () => {} };
}
