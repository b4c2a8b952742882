import type { Annotation, AnnotationFile } from './annotationSchema';
import { compareCodeUnits } from '../text/compareCodeUnits';

const FILE_KEY_ORDER = [
  'format',
  'version',
  'document',
  'annotator',
  'labelSet',
  'updatedAt',
  'annotations',
];
const DOCUMENT_KEY_ORDER = ['id', 'path', 'title', 'textSha256', 'textLength'];
const ANNOTATION_KEY_ORDER = [
  'id',
  'label',
  'start',
  'end',
  'text',
  'prefix',
  'suffix',
  'attributes',
  'note',
  'createdAt',
  'updatedAt',
];

/** Known keys in their documented order, then any unknown keys sorted, so files diff cleanly. */
function orderKeys(
  value: Record<string, unknown>,
  knownOrder: readonly string[],
): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of knownOrder) if (value[key] !== undefined) ordered[key] = value[key];
  const unknownKeys = Object.keys(value)
    .filter((key) => !knownOrder.includes(key))
    .sort();
  for (const key of unknownKeys) if (value[key] !== undefined) ordered[key] = value[key];
  return ordered;
}

/** The canonical annotation order: start, end, label, id (offsets in code points). */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    compareCodeUnits(a.label, b.label) ||
    compareCodeUnits(a.id, b.id)
  );
}

function serializableAnnotation(annotation: Annotation): Record<string, unknown> {
  const attributes = annotation.attributes
    ? Object.fromEntries(
        Object.entries(annotation.attributes).sort(([a], [b]) => compareCodeUnits(a, b)),
      )
    : undefined;
  return orderKeys({ ...annotation, attributes }, ANNOTATION_KEY_ORDER);
}

/**
 * Deterministic JSON for an annotation file: stable key order, annotations sorted,
 * 2-space indent and a trailing newline.
 */
export function serializeAnnotationFile(file: AnnotationFile): string {
  const ordered = orderKeys(
    {
      ...file,
      document: orderKeys(file.document, DOCUMENT_KEY_ORDER),
      annotations: [...file.annotations].sort(compareAnnotations).map(serializableAnnotation),
    },
    FILE_KEY_ORDER,
  );
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
