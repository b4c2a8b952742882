import {
  parleyContract,
  type MethodInput,
  type MethodOutput,
  type ParleyApi,
  type ParleyMethod,
} from '../../src-main/contract/parleyContract';

/** One function that performs any contract method, for either transport. */
export type ContractCall = <M extends ParleyMethod>(
  method: M,
  input: MethodInput<M>,
) => Promise<MethodOutput<M>>;

/** The API with one function per contract method, each going through `call`. */
export function apiFromCall(call: ContractCall): ParleyApi {
  const api: Partial<Record<ParleyMethod, (input: never) => Promise<unknown>>> = {};
  for (const method of Object.keys(parleyContract) as ParleyMethod[]) {
    api[method] = (input: MethodInput<typeof method>) => call(method, input);
  }
  // Every key of the contract was filled in above.
  return api as ParleyApi;
}
