import type { AttributeValue } from '../annotations/annotationSchema';
import { checkSpans } from './checkSpans';
import type { ExportContext, Exporter } from './exportDocument';
import { orderAttributes } from './orderAttributes';

const LABELS_CONTROL = 'label';
const TEXT_OBJECT = 'text';

/**
 * Label Studio tasks: a JSON array, one task per document, with the spans as `labels` results.
 * Offsets are code points: Label Studio stores `<Text>` regions in code points since its
 * emoji fix (HumanSignal/label-studio#1559), what its e2e test `ner/emoji.cy.ts` checks.
 * Attributes become per-region `choices` (choice, boolean) or `textarea` (text) results with the
 * region's id, and the note the region's `meta.text`, as Label Studio's perRegion controls save.
 */
export function createLabelStudioExporter(
  context: ExportContext,
  file = 'label-studio.json',
): Exporter {
  const definitions = new Map(context.attributes.map((attribute) => [attribute.id, attribute]));
  // A control may not share its name with the Labels control or the Text object.
  const controlName = (attributeId: string): string =>
    attributeId === LABELS_CONTROL || attributeId === TEXT_OBJECT
      ? `attribute_${attributeId}`
      : attributeId;
  let tasks = 0;

  const attributeResult = (
    regionId: string,
    start: number,
    end: number,
    id: string,
    value: AttributeValue,
  ) => {
    const type = definitions.get(id)?.type ?? (typeof value === 'boolean' ? 'boolean' : 'text');
    const base = { id: regionId, from_name: controlName(id), to_name: TEXT_OBJECT };
    return type === 'text'
      ? { ...base, type: 'textarea', value: { start, end, text: [String(value)] } }
      : { ...base, type: 'choices', value: { start, end, choices: [String(value)] } };
  };

  return {
    start: () => [{ file, text: '[\n' }],
    addDocument(document) {
      const { spans, warnings } = checkSpans(document, context);
      const result = spans.flatMap(({ annotation, start, end }) => [
        {
          id: annotation.id,
          from_name: LABELS_CONTROL,
          to_name: TEXT_OBJECT,
          type: 'labels',
          value: { start, end, text: annotation.text, labels: [annotation.label] },
          ...(annotation.note ? { meta: { text: [annotation.note] } } : {}),
        },
        ...orderAttributes(annotation.attributes, context.attributes).map(([id, value]) =>
          attributeResult(annotation.id, start, end, id, value),
        ),
      ]);
      const task = {
        data: {
          text: document.text,
          document_id: document.id,
          title: document.title,
          annotator: document.annotator,
        },
        annotations: [{ result }],
      };
      const separator = tasks++ === 0 ? '' : ',\n';
      return { chunks: [{ file, text: separator + JSON.stringify(task) }], warnings };
    },
    finish: () => [{ file, text: tasks > 0 ? '\n]\n' : ']\n' }],
  };
}
