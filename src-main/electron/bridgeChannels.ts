import type { MenuCommand, ParleyMethod } from '../contract/parleyContract';
import { MENU_COMMANDS } from '../contract/parleyMethods';

// The sandboxed preload is bundled into one file, and importing the contract's values would
// pull zod into it. So the channel names are repeated here, with `import type` only, and
// bridgeChannels.test.ts checks them against the contract; the command list comes from the
// zod-free parleyMethods module.

/** Same as the contract's `channelFor`. */
export function contractChannel(method: ParleyMethod): string {
  return `parley:${method}`;
}

/** Same as the contract's `MENU_COMMAND_CHANNEL`. */
export const MENU_CHANNEL = 'parley:menu-command';

export { MENU_COMMANDS };

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
