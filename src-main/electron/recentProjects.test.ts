import { describe, expect, it } from 'vitest';
import {
  MAX_RECENT_PROJECTS,
  existingRecentProjects,
  withRecentProject,
  withoutRecentProject,
} from './recentProjects';

const many = (count: number) => Array.from({ length: count }, (_, index) => `/p/${index}`);

describe('withRecentProject', () => {
  it.each([
    [[], '/a', ['/a']],
    [['/a', '/b'], '/c', ['/c', '/a', '/b']],
    [['/a', '/b', '/c'], '/b', ['/b', '/a', '/c']],
    [['/a'], '/a', ['/a']],
    [many(10), '/new', ['/new', ...many(9)]],
    [many(10), '/p/9', ['/p/9', ...many(9)]],
  ])('%j + %s → %j', (recent, root, expected) => {
    expect(withRecentProject(recent, root)).toEqual(expected);
  });

  it('never holds more than the maximum', () => {
    expect(MAX_RECENT_PROJECTS).toBe(10);
    expect(withRecentProject(many(25), '/x')).toHaveLength(10);
  });
});

describe('withoutRecentProject', () => {
  it('removes only that path', () => {
    expect(withoutRecentProject(['/a', '/b', '/c'], '/b')).toEqual(['/a', '/c']);
    expect(withoutRecentProject(['/a'], '/z')).toEqual(['/a']);
  });
});

describe('existingRecentProjects', () => {
  it('drops missing folders and duplicates and caps the list, keeping the order', async () => {
    const missing = new Set(['/p/1', '/p/4']);
    const recent = [...many(6), '/p/0', ...many(20).slice(6)];
    const kept = await existingRecentProjects(recent, async (path) => !missing.has(path));
    expect(kept).toEqual([
      '/p/0',
      '/p/2',
      '/p/3',
      '/p/5',
      '/p/6',
      '/p/7',
      '/p/8',
      '/p/9',
      '/p/10',
      '/p/11',
    ]);
  });
});
