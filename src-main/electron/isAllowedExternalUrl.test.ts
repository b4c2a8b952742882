import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './isAllowedExternalUrl';

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://example.org/', true],
    ['https://example.org/guidelines?section=threat#top', true],
    ['https://plover.example:8443/codebook', true],
    ['HTTPS://EXAMPLE.ORG/', true],
    ['http://example.org/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['app://parley/index.html', false],
    ['mailto:analyst@example.org', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['smb://server/share', false],
    ['https://user:secret@example.org/', false],
    ['https://user@example.org/', false],
    [' https://example.org/', false],
    ['https://example.org/\n', false],
    ['https://exa mple.org/', false],
    ['https://example.org/\u0000', false],
    ['https://', false],
    ['//example.org/', false],
    ['example.org', false],
    ['', false],
  ])('%j → %s', (url, expected) => {
    expect(isAllowedExternalUrl(url)).toBe(expected);
  });
});
