import { checkSpans } from './checkSpans';
import type { ExportContext, Exporter } from './exportDocument';
import { orderAttributes } from './orderAttributes';

/** Code points of context kept on each side in a TextQuoteSelector (what Hypothesis keeps). */
const QUOTE_CONTEXT = 32;

/** Prefix of the IRI that names a document as a target source; the id follows, URI-encoded. */
export const W3C_DOCUMENT_IRI_PREFIX = 'parley:document/';

/**
 * W3C Web Annotation: one streamed AnnotationPage (a single JSON-LD document) whose items are
 * one Annotation per span. The TextPositionSelector counts code points, as the model requires;
 * the label is a `tagging` body, each attribute a `classifying` body "name=value", the note a
 * `commenting` body.
 */
export function createW3cExporter(context: ExportContext, file = 'annotations.jsonld'): Exporter {
  let items = 0;
  return {
    start: () => [
      {
        file,
        text: '{"@context":"http://www.w3.org/ns/anno.jsonld","id":"parley:annotation-page","type":"AnnotationPage","items":[\n',
      },
    ],
    addDocument(document) {
      const { spans, warnings, index } = checkSpans(document, context);
      const source = W3C_DOCUMENT_IRI_PREFIX + encodeURIComponent(document.id);
      const lines = spans.map(({ annotation, start, end }) => {
        const item = {
          id: `parley:annotation/${encodeURIComponent(document.id)}/${encodeURIComponent(document.annotator)}/${encodeURIComponent(annotation.id)}`,
          type: 'Annotation',
          motivation: 'tagging',
          creator: { nickname: document.annotator },
          ...(annotation.createdAt ? { created: annotation.createdAt } : {}),
          ...(annotation.updatedAt ? { modified: annotation.updatedAt } : {}),
          body: [
            { type: 'TextualBody', purpose: 'tagging', value: annotation.label },
            ...orderAttributes(annotation.attributes, context.attributes).map(([name, value]) => ({
              type: 'TextualBody',
              purpose: 'classifying',
              value: `${name}=${String(value)}`,
            })),
            ...(annotation.note
              ? [{ type: 'TextualBody', purpose: 'commenting', value: annotation.note }]
              : []),
          ],
          target: {
            source,
            selector: [
              { type: 'TextPositionSelector', start, end },
              {
                type: 'TextQuoteSelector',
                exact: annotation.text,
                prefix: index.slice(Math.max(0, start - QUOTE_CONTEXT), start),
                suffix: index.slice(end, Math.min(index.codePointLength, end + QUOTE_CONTEXT)),
              },
            ],
          },
        };
        return (items++ === 0 ? '' : ',\n') + JSON.stringify(item);
      });
      return { chunks: lines.length > 0 ? [{ file, text: lines.join('') }] : [], warnings };
    },
    finish: () => [{ file, text: `${items > 0 ? '\n' : ''}]}\n` }],
  };
}
