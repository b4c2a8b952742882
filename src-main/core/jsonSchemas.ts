import { annotationFileSchema } from './annotations/annotationSchema';
import { projectConfigSchema } from './project/projectConfigSchema';
import { z } from './zodConfig';

/**
 * The published JSON Schemas (draft 2020-12), generated from the zod schemas so that the
 * documentation can never drift from what Parley accepts. Written to docs/schema/.
 */
export function publishedJsonSchemas(): Record<string, unknown> {
  const describe = (schema: z.ZodType, id: string, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    $id: `https://parley.invalid/schema/${id}`,
    title,
  });
  return {
    'parley-annotations.v1.schema.json': describe(
      annotationFileSchema,
      'parley-annotations.v1.schema.json',
      'Parley annotation file, format version 1 (offsets in Unicode code points)',
    ),
    'parley-project.v1.schema.json': describe(
      projectConfigSchema,
      'parley-project.v1.schema.json',
      'Parley project settings (parley.json)',
    ),
  };
}
