import type { MenuCommand, ParleyApi } from '../../src-main/contract/parleyContract';

/**
 * Everything the workbench asks of its host, identical for the Electron preload and the
 * browser host: one function per contract method (resolving to the value, throwing a
 * BridgeError) and the desktop menu's commands.
 */
export interface Bridge extends ParleyApi {
  /** Subscribes to menu commands; returns the unsubscribe function. A browser has no menu. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
