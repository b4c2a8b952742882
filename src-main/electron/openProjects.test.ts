import { describe, expect, it, vi } from 'vitest';
import type { ParleyApi } from '../contract/parleyContract';
import { OpenProjects } from './openProjects';

const service = (name: string) => ({ name }) as unknown as ParleyApi;

describe('OpenProjects', () => {
  it('gives each window the service of its own project', async () => {
    const open = vi.fn(async (root: string) => service(root));
    const projects = new OpenProjects(open);
    await projects.open(1, '/projects/a');
    await projects.open(2, '/projects/b');
    expect(projects.serviceFor(1)).toEqual(service('/projects/a'));
    expect(projects.rootFor(2)).toBe('/projects/b');
    expect(projects.serviceFor(3)).toBeUndefined();
    expect(projects.rootFor(3)).toBeUndefined();
  });

  it('opens a fresh service when a project is opened again, and forgets closed ones', async () => {
    const open = vi.fn(async (root: string) => service(root));
    const projects = new OpenProjects(open);
    await projects.open(1, '/projects/a');
    const first = projects.serviceFor(1);
    await projects.open(1, '/projects/a');
    expect(open).toHaveBeenCalledTimes(2);
    expect(projects.serviceFor(1)).not.toBe(first);
    await projects.close(1);
    expect(projects.serviceFor(1)).toBeUndefined();
  });

  it('closes the services it replaces or forgets, so their exports stop', async () => {
    const closed: string[] = [];
    const projects = new OpenProjects(async (root) => ({
      ...service(root),
      close: async () => {
        closed.push(root);
      },
    }));
    await projects.open(1, '/projects/a');
    await projects.open(1, '/projects/b');
    expect(closed).toEqual(['/projects/a']);
    await projects.close(1);
    expect(closed).toEqual(['/projects/a', '/projects/b']);
  });

  it('keeps the current project when opening another fails', async () => {
    const projects = new OpenProjects(async (root) => {
      if (root === '/broken') throw new Error('unreadable');
      return service(root);
    });
    await projects.open(1, '/projects/a');
    await expect(projects.open(1, '/broken')).rejects.toThrow('unreadable');
    expect(projects.rootFor(1)).toBe('/projects/a');
  });
});
