import { ParleyError } from '../core/errors';
import { toJsonPath } from '../core/json/jsonPath';
import {
  isParleyMethod,
  parleyContract,
  type ParleyApi,
  type RemoteResult,
} from '../contract/parleyContract';

/** Logs an unexpected failure; the analyst sees a generic message instead of internals. */
export type ErrorLogger = (error: unknown, method: string) => void;

const logToConsole: ErrorLogger = (error, method) =>
  console.error(`parley: ${method} failed`, error);

/**
 * The one place a contract call from outside (IPC or HTTP) reaches a service: refuse unknown
 * methods, parse the input with the method's schema, run it, and turn any failure into the
 * result envelope. ParleyErrors keep their message and file; anything else is logged.
 */
export async function callContractMethod(
  api: ParleyApi,
  method: string,
  input: unknown,
  logError: ErrorLogger = logToConsole,
): Promise<RemoteResult> {
  if (!isParleyMethod(method)) {
    return { ok: false, error: { message: `unknown method "${method}"`, code: 'unknown-method' } };
  }
  const parsed = parleyContract[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${toJsonPath(first.path)}: ${first.message}` : 'invalid input';
    return {
      ok: false,
      error: { message: `malformed request to ${method}: ${where}`, code: 'invalid-input' },
    };
  }
  try {
    // The schema was chosen by `method`, so the parsed input fits that method.
    const run = api[method] as (value: unknown) => Promise<unknown>;
    return { ok: true, value: await run.call(api, parsed.data) };
  } catch (error) {
    if (error instanceof ParleyError) {
      const code = (error as { code?: unknown }).code;
      return {
        ok: false,
        error: {
          message: error.message,
          file: error.file,
          ...(typeof code === 'string' ? { code } : {}),
        },
      };
    }
    logError(error, method);
    return {
      ok: false,
      error: { message: `${method} failed unexpectedly; details are in the log`, code: 'internal' },
    };
  }
}
