import type { MenuItemConstructorOptions } from 'electron';

export function submenuOf(
  item: MenuItemConstructorOptions | undefined,
): MenuItemConstructorOptions[] {
  return (item?.submenu ?? []) as MenuItemConstructorOptions[];
}

/** The first item, at any depth, that passes `test`. */
export function findMenuItem(
  template: readonly MenuItemConstructorOptions[],
  test: (item: MenuItemConstructorOptions) => boolean,
): MenuItemConstructorOptions | undefined {
  for (const item of template) {
    if (test(item)) return item;
    const inner = findMenuItem(submenuOf(item), test);
    if (inner) return inner;
  }
  return undefined;
}

export function menuItemById(
  template: readonly MenuItemConstructorOptions[],
  id: string,
): MenuItemConstructorOptions | undefined {
  return findMenuItem(template, (item) => item.id === id);
}

/** Clicks an item as a user would (the template's click ignores its arguments). */
export function clickMenuItem(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}
