import { timingSafeEqual } from 'node:crypto';

/** The only names the browser host answers to; anything else may be a DNS-rebinding attack. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** True when the Host header names this server on the loopback interface. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader !== undefined && allowedHosts(port).includes(hostHeader.toLowerCase());
}

/** True when there is no Origin header (same-origin GET) or it is this server's own origin. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- compares the Origin header with our own loopback origins
  return allowedHosts(port).some((host) => originHeader.toLowerCase() === `http://${host}`);
}

/** Constant-time check of an `Authorization: Bearer <token>` header. */
export function hasValidToken(authorizationHeader: string | undefined, token: string): boolean {
  const prefix = 'Bearer ';
  if (!authorizationHeader?.startsWith(prefix)) return false;
  const given = Buffer.from(authorizationHeader.slice(prefix.length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
