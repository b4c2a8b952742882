/** Articles written for tests: the awkward cases real files bring (BOM, CRLF, astral characters). */

/** A field-format article with a BOM, CRLF line ends, emoji, astral digits, accents and Cyrillic. */
export const UNICODE_CRLF_ARTICLE =
  '\uFEFFPeace talks 🕊️ resume in Genève\r\n\r\n901\r\n3\r\nPeace talks 🕊️ resume in Genève\r\n\r\n' +
  'Delegates 🕊️ met for 𝟓 hours. Москва demanded a ceasefire within 𝟓 days.\r\n\r\n' +
  'Kyiv rejected the demand — «неприемлемо», an official said — and offered a prisoner exchange.\r\n';

/** The document text of UNICODE_CRLF_ARTICLE after normalization. */
export const UNICODE_CRLF_DOCUMENT_TEXT =
  'Peace talks 🕊️ resume in Genève\n\n' +
  'Delegates 🕊️ met for 𝟓 hours. Москва demanded a ceasefire within 𝟓 days.\n\n' +
  'Kyiv rejected the demand — «неприемлемо», an official said — and offered a prisoner exchange.\n';
