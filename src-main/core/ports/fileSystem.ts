/**
 * The file-system operations Parley's storage needs, as a port: Node implements it in
 * src-main/workspace, tests inject faults through it. Paths are absolute, native separators.
 */
export interface FileStat {
  /** Bytes. */
  size: number;
  /** Milliseconds since the epoch. */
  mtimeMs: number;
  isFile: boolean;
  isDirectory: boolean;
}

export interface DirectoryEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
}

export interface WritableFile {
  write(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  /** Reads `length` bytes from byte `offset` on; fewer when the file ends first. */
  readFileRange(path: string, offset: number, length: number): Promise<Uint8Array>;
  stat(path: string): Promise<FileStat>;
  realpath(path: string): Promise<string>;
  readDirectory(path: string): Promise<DirectoryEntry[]>;
  makeDirectory(path: string): Promise<void>;
  /** Creates a new file; fails if it exists. */
  createExclusive(path: string): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  /** Creates a hard link `newPath` to `existingPath`; fails if `newPath` exists. */
  link(existingPath: string, newPath: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** fsync a directory so a rename inside it survives a power cut. */
  syncDirectory(path: string): Promise<void>;
}
