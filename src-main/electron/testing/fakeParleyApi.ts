import type { ParleyApi } from '../../contract/parleyContract';
import { PARLEY_METHODS } from '../../contract/parleyMethods';

/** A ParleyApi whose every method fails loudly unless a test provides it. */
export function fakeParleyApi(overrides: Partial<ParleyApi> = {}): ParleyApi {
  const unused = Object.fromEntries(
    PARLEY_METHODS.map((method) => [
      method,
      async () => {
        throw new Error(`${method} is not part of this test`);
      },
    ]),
  ) as unknown as ParleyApi;
  return { ...unused, ...overrides };
}
