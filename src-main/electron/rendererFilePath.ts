import {
  rendererFilePath as lookUpRendererFile,
  type RendererFileLookup,
} from '../services/rendererFilePath';
import { APP_ORIGIN } from './appOrigin';

export type { RendererFileLookup };

/** Maps an `app://parley/...` request to a file inside `rendererRoot`; other origins get 404. */
export function rendererFilePath(rendererRoot: string, requestUrl: string): RendererFileLookup {
  const prefix = `${APP_ORIGIN}/`;
  if (!requestUrl.startsWith(prefix)) return { ok: false, status: 404 };
  return lookUpRendererFile(
    rendererRoot,
    requestUrl.slice(prefix.length - 1).split(/[?#]/, 1)[0] ?? '',
  );
}
