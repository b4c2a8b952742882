import {
  parleyContract,
  remoteResultSchema,
  type MethodOutput,
  type ParleyMethod,
} from '../../src-main/contract/parleyContract';
import { BridgeError } from './bridgeError';

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Turns a result envelope from either host into the method's value, checked against the
 * contract's output schema, or throws a BridgeError carrying the host's message and file.
 */
export function unwrapResult<M extends ParleyMethod>(
  method: M,
  envelope: unknown,
): MethodOutput<M> {
  const result = remoteResultSchema.safeParse(envelope);
  if (!result.success) {
    throw new BridgeError(
      `The Parley host sent an answer to ${method} that is not a result envelope (${describeIssues(result.error.issues)})`,
    );
  }
  if (!result.data.ok) {
    const { message, file, code } = result.data.error;
    throw new BridgeError(message, file, code);
  }
  const value = parleyContract[method].output.safeParse(result.data.value);
  if (!value.success) {
    throw new BridgeError(
      `The Parley host sent a malformed answer to ${method} (${describeIssues(value.error.issues)})`,
    );
  }
  return value.data as MethodOutput<M>;
}
