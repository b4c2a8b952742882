import type { MenuCommand, ParleyMethod } from '../contract/parleyContract';

// The sandboxed preload is bundled into one file, and importing the contract's values would
// pull zod into it. So the few names it needs are repeated here, with `import type` only, and
// bridgeChannels.test.ts checks them against the contract.

/** Same as the contract's `channelFor`. */
export function contractChannel(method: ParleyMethod): string {
  return `parley:${method}`;
}

/** Same as the contract's `MENU_COMMAND_CHANNEL`. */
export const MENU_CHANNEL = 'parley:menu-command';

/** Same as the contract's `menuCommandSchema` options. */
export const MENU_COMMANDS: readonly MenuCommand[] = [
  'save',
  'undo',
  'redo',
  'find',
  'toggle-theme',
  'toggle-project-panel',
  'toggle-annotation-panel',
  'show-guidelines',
  'show-about',
  'project-changed',
  'export',
  'import-annotations',
  'open-annotation-files',
  'toggle-review',
];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
