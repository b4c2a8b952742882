/** A failed call to the Parley host, with the analyst-facing message and the file it concerns. */
export class BridgeError extends Error {
  override readonly name = 'BridgeError';

  constructor(
    message: string,
    /** Project-relative path of the file the failure concerns, when there is one. */
    readonly file?: string,
    /** A machine-readable cause, e.g. "EACCES", when the host gave one. */
    readonly code?: string,
  ) {
    super(message);
  }

  /** The message with the file named first, as the save state and notices show it. */
  describe(): string {
    return this.file === undefined || this.message.includes(this.file)
      ? this.message
      : `${this.file}: ${this.message}`;
  }
}

/** Any thrown value as a BridgeError, so the UI has one shape to show. */
export function toBridgeError(error: unknown): BridgeError {
  if (error instanceof BridgeError) return error;
  if (error instanceof Error) return new BridgeError(error.message);
  return new BridgeError(String(error));
}
