import type { ExportContext, Exporter } from './exportDocument';
import { tagDocument } from './tagDocument';

/**
 * Hugging Face token classification: JSONL rows `{id, document_id, tokens, ner_tags}`, one per
 * sentence, with `ner_tags` as ids into `labels.json` ("O", "B-demand", "I-demand", …).
 * Labels the project lacks get ids after the project's, in the order they are met.
 */
export function createHfExporter(
  context: ExportContext,
  file = 'data.jsonl',
  labelsFile = 'labels.json',
): Exporter {
  const filter = context.options?.labels ? new Set(context.options.labels) : undefined;
  const tagNames = ['O'];
  const tagIds = new Map<string, number>([['O', 0]]);
  const addLabel = (label: string): void => {
    for (const tag of [`B-${label}`, `I-${label}`]) {
      tagIds.set(tag, tagNames.length);
      tagNames.push(tag);
    }
  };
  for (const label of context.labels) if (!filter || filter.has(label.id)) addLabel(label.id);
  const tagId = (tag: string): number => {
    if (!tagIds.has(tag)) addLabel(tag.slice(2));
    return tagIds.get(tag)!;
  };

  // With several annotators a document comes once per annotator: rows say whose they are.
  const severalAnnotators = (context.annotators?.length ?? 0) > 1;

  return {
    start: () => [{ file, text: '' }],
    addDocument(document) {
      const { sentences, warnings } = tagDocument(document, context, 'Hugging Face token tags');
      const text = sentences
        .map(
          (sentence, index) =>
            `${JSON.stringify({
              ...(severalAnnotators
                ? {
                    id: `${document.id}:${document.annotator}:${index}`,
                    document_id: document.id,
                    annotator: document.annotator,
                  }
                : { id: `${document.id}:${index}`, document_id: document.id }),
              tokens: sentence.map((token) => token.text),
              ner_tags: sentence.map((token) => tagId(token.tag)),
            })}\n`,
        )
        .join('');
      return { chunks: text ? [{ file, text }] : [], warnings };
    },
    finish: () => [{ file: labelsFile, text: `${JSON.stringify(tagNames, null, 2)}\n` }],
  };
}
