import { annotationFileSchema, type Annotation, type AnnotationFile } from './annotationSchema';

const OPTIONAL_STRING_FIELDS = ['prefix', 'suffix', 'note', 'createdAt', 'updatedAt'] as const;

function isOffset(value: unknown): value is number {
  // zod's .int() refuses integers past 2^53 - 1 too.
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * True when `value` certainly passes `annotationSchema`: the checks zod would make, written out
 * so the common case (thousands of valid spans) costs a few type tests per span.
 */
function isPlainValidAnnotation(value: unknown): value is Annotation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || record.id === '') return false;
  if (typeof record.label !== 'string' || record.label === '') return false;
  if (!isOffset(record.start) || !isOffset(record.end) || typeof record.text !== 'string')
    return false;
  for (const field of OPTIONAL_STRING_FIELDS) {
    if (record[field] !== undefined && typeof record[field] !== 'string') return false;
  }
  const attributes = record.attributes;
  if (attributes !== undefined) {
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes))
      return false;
    for (const attribute of Object.values(attributes)) {
      if (typeof attribute !== 'string' && typeof attribute !== 'boolean') return false;
    }
  }
  return true;
}

/**
 * `annotationFileSchema.safeParse`, fast for large valid files: when every span passes the
 * written-out check, zod validates only the file's shell; otherwise zod checks everything, so
 * the messages for a bad file are exactly zod's.
 */
export function parseAnnotationFileShape(raw: Record<string, unknown>) {
  const spans = raw.annotations;
  if (Array.isArray(spans) && spans.length > 0 && spans.every(isPlainValidAnnotation)) {
    const shell = annotationFileSchema.safeParse({ ...raw, annotations: [] });
    if (shell.success)
      return {
        success: true as const,
        data: { ...shell.data, annotations: spans } as AnnotationFile,
      };
  }
  return annotationFileSchema.safeParse(raw);
}
