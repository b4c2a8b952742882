import { describe, expect, it } from 'vitest';
import {
  MENU_COMMAND_CHANNEL,
  channelFor,
  menuCommandSchema,
  parleyContract,
  type ParleyMethod,
} from '../contract/parleyContract';
import { MENU_CHANNEL, MENU_COMMANDS, contractChannel, isMenuCommand } from './bridgeChannels';

describe('bridgeChannels, the preload’s zod-free copy of the contract’s names', () => {
  it('names each method’s channel as the contract does', () => {
    for (const method of Object.keys(parleyContract) as ParleyMethod[]) {
      expect(contractChannel(method)).toBe(channelFor(method));
    }
  });

  it('uses the contract’s menu channel and exactly its menu commands', () => {
    expect(MENU_CHANNEL).toBe(MENU_COMMAND_CHANNEL);
    expect([...MENU_COMMANDS].sort()).toEqual([...menuCommandSchema.options].sort());
  });

  it.each([
    ['save', true],
    ['project-changed', true],
    ['Save', false],
    ['delete-everything', false],
    [undefined, false],
    [null, false],
    [42, false],
    [{ command: 'save' }, false],
  ])('isMenuCommand(%j) → %s', (value, expected) => {
    expect(isMenuCommand(value)).toBe(expected);
  });
});
