import type { ParleyPreloadApi } from '../../src-main/contract/parleyContract';
import type { Bridge } from './bridge';
import { createHttpBridge } from './createHttpBridge';
import { createPreloadBridge } from './createPreloadBridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    parley?: ParleyPreloadApi;
  }
}

/**
 * The bridge for wherever the page runs: the Electron preload when it exposed `window.parley`,
 * else the browser host's HTTP API with the token from the page URL.
 */
export function connectBridge(page: Window): Bridge {
  if (page.parley) return createPreloadBridge(page.parley);
  const token = new URLSearchParams(page.location.search).get('token') ?? '';
  return createHttpBridge({ origin: page.location.origin, token });
}
