const SAFE_STEM = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;
// Windows refuses these as the part of a file name before the first dot, in any case.
const RESERVED_ON_WINDOWS = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;
const UNSAFE_CHARACTERS = /[^A-Za-z0-9._-]+/g;
const MAX_PREFIX_LENGTH = 80;

/** FNV-1a over UTF-16 code units, as 8 hex digits: a short, stable tag for a rewritten id. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export interface BratFileStem {
  stem: string;
  /** True when `stem` is not the document id itself. */
  renamed: boolean;
}

/**
 * Returns a function that gives each document id a file stem safe on Windows, macOS and Linux.
 * Safe ids are kept; others become `<readable part>-<hash of the id>`. Stems are unique even on
 * case-insensitive file systems: a later clash gets `-2`, `-3`, … in the order ids arrive.
 */
export function createBratFileStems(): (documentId: string) => BratFileStem {
  const taken = new Set<string>();
  return (documentId) => {
    let stem = documentId;
    if (!SAFE_STEM.test(documentId) || RESERVED_ON_WINDOWS.test(documentId)) {
      const readable = documentId.replace(UNSAFE_CHARACTERS, '_').slice(0, MAX_PREFIX_LENGTH);
      stem = `${readable.replace(/^[.]/, '_') || 'document'}-${fnv1a(documentId)}`;
      if (RESERVED_ON_WINDOWS.test(stem)) stem = `_${stem}`;
    }
    const base = stem;
    for (let counter = 2; taken.has(stem.toLowerCase()); counter++) stem = `${base}-${counter}`;
    taken.add(stem.toLowerCase());
    return { stem, renamed: stem !== documentId };
  };
}
