import { z } from '../zodConfig';

/** The format name every Parley annotation file carries. */
export const ANNOTATION_FORMAT = 'parley-annotations';
/** The newest format version this build reads and writes. */
export const CURRENT_FORMAT_VERSION = 1;

const codePointOffset = z.number().int().nonnegative();
const isoTimestamp = z.string();

export const attributeValueSchema = z.union([z.string(), z.boolean()]);
export type AttributeValue = z.infer<typeof attributeValueSchema>;

/** One span. `start`/`end` are Unicode code points into the document text, end exclusive. */
export const annotationSchema = z.looseObject({
  id: z.string().min(1),
  label: z.string().min(1),
  start: codePointOffset,
  end: codePointOffset,
  text: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  attributes: z.record(z.string(), attributeValueSchema).optional(),
  note: z.string().optional(),
  createdAt: isoTimestamp.optional(),
  updatedAt: isoTimestamp.optional(),
});
export type Annotation = z.infer<typeof annotationSchema>;

export const documentReferenceSchema = z.looseObject({
  id: z.string().min(1),
  path: z.string().optional(),
  title: z.string().optional(),
  textSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters'),
  textLength: codePointOffset.optional(),
});
export type DocumentReference = z.infer<typeof documentReferenceSchema>;

export const annotationFileSchema = z.looseObject({
  format: z.literal(ANNOTATION_FORMAT),
  version: z.literal(CURRENT_FORMAT_VERSION),
  document: documentReferenceSchema,
  annotator: z.string().min(1),
  labelSet: z.string().optional(),
  updatedAt: isoTimestamp.optional(),
  /** The annotator's own progress mark; absent means not marked done. */
  status: z.enum(['in-progress', 'done']).optional(),
  annotations: z.array(annotationSchema).default([]),
});
export type AnnotationFile = z.infer<typeof annotationFileSchema>;

/** The `document` part of an annotation file for an article as Parley reads it now. */
export function documentReferenceFor(article: {
  id: string;
  path: string;
  title: string;
  textSha256: string;
  textLength: number;
}): DocumentReference {
  const { id, path, title, textSha256, textLength } = article;
  return { id, path, title, textSha256, textLength };
}
