import type { ParleyApi } from '../contract/parleyContract';

/** A project's services; `close` stops its background work (running exports). */
export type ProjectServices = ParleyApi & { close?(): Promise<void> };

/** Opens the service for a project folder (ProjectService.open in the app, a fake in tests). */
export type OpenProjectService = (root: string) => Promise<ProjectServices>;

interface OpenProject {
  root: string;
  service: ProjectServices;
}

/**
 * Which project each window shows, keyed by the window's WebContents id, with that project's
 * service. Opening a project gives it a fresh service (a re-open re-reads the folder).
 */
export class OpenProjects {
  private readonly byWindow = new Map<number, OpenProject>();

  constructor(private readonly openService: OpenProjectService) {}

  /** Opens `root` in the window; on failure the window keeps what it had, and this throws. */
  async open(webContentsId: number, root: string): Promise<void> {
    const service = await this.openService(root);
    const previous = this.byWindow.get(webContentsId);
    this.byWindow.set(webContentsId, { root, service });
    await previous?.service.close?.();
  }

  /** Forgets the window's project and cancels the project's running exports. */
  async close(webContentsId: number): Promise<void> {
    const previous = this.byWindow.get(webContentsId);
    this.byWindow.delete(webContentsId);
    await previous?.service.close?.();
  }

  serviceFor(webContentsId: number): ParleyApi | undefined {
    return this.byWindow.get(webContentsId)?.service;
  }

  rootFor(webContentsId: number): string | undefined {
    return this.byWindow.get(webContentsId)?.root;
  }
}
