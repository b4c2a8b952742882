import { vi } from 'vitest';
import { parleyContract, type ParleyPreloadApi } from '../../src-main/contract/parleyContract';

/** A preload with a mock for every contract method; each resolves to an error envelope. */
export function fakePreloadMethods(): ParleyPreloadApi {
  const methods = Object.fromEntries(
    Object.keys(parleyContract).map((method) => [
      method,
      vi.fn(async () => ({ ok: false as const, error: { message: `${method} not faked` } })),
    ]),
  );
  return { ...methods, onMenuCommand: vi.fn(() => () => {}) } as unknown as ParleyPreloadApi;
}
