import type { ExportContext, Exporter } from './exportDocument';
import { tagDocument } from './tagDocument';

/**
 * CoNLL-style BIO: `token<TAB>tag` per line, a blank line after each sentence, and a
 * `-DOCSTART-` line plus a blank line before each document. Carries no offsets.
 */
export function createConllExporter(context: ExportContext, file = 'annotations.conll'): Exporter {
  return {
    start: () => [{ file, text: '' }],
    addDocument(document) {
      const { sentences, warnings } = tagDocument(document, context, 'CoNLL');
      const body = sentences
        .map((sentence) => sentence.map((token) => `${token.text}\t${token.tag}\n`).join('') + '\n')
        .join('');
      return { chunks: [{ file, text: `-DOCSTART-\n\n${body}` }], warnings };
    },
    finish: () => [],
  };
}
