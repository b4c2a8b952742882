import { z } from '../zodConfig';

export const labelDefinitionSchema = z.looseObject({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/, 'use letters, digits, "-" and "_" only'),
  name: z.string().min(1),
  /** CSS hex colour, e.g. "#0072B2". */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a hex colour like #0072B2'),
  hotkey: z
    .string()
    .regex(/^[0-9a-z]$/, 'must be one digit or lowercase letter')
    .optional(),
  definition: z.string().default(''),
  examples: z.array(z.string()).default([]),
});
export type LabelDefinition = z.infer<typeof labelDefinitionSchema>;

export const attributeDefinitionSchema = z.looseObject({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/, 'use letters, digits, "-" and "_" only'),
  name: z.string().min(1),
  type: z.enum(['text', 'choice', 'boolean']),
  choices: z.array(z.string().min(1)).optional(),
  description: z.string().optional(),
});
export type AttributeDefinition = z.infer<typeof attributeDefinitionSchema>;

export const projectConfigSchema = z
  .looseObject({
    format: z.literal('parley-project').default('parley-project'),
    version: z.literal(1).default(1),
    name: z.string().min(1),
    labelSet: z.string().min(1).default('speech-acts'),
    labels: z.array(labelDefinitionSchema).min(1),
    attributes: z.array(attributeDefinitionSchema).default([]),
    defaultAnnotator: z.string().min(1).default('annotator'),
  })
  .superRefine((config, context) => {
    const seen = new Map<string, number>();
    config.labels.forEach((label, index) => {
      if (seen.has(label.id)) {
        context.addIssue({
          code: 'custom',
          path: ['labels', index, 'id'],
          message: `duplicate label id "${label.id}"`,
        });
      }
      seen.set(label.id, index);
    });
    const hotkeys = new Set<string>();
    config.labels.forEach((label, index) => {
      if (label.hotkey === undefined) return;
      if (hotkeys.has(label.hotkey)) {
        context.addIssue({
          code: 'custom',
          path: ['labels', index, 'hotkey'],
          message: `hotkey "${label.hotkey}" is used twice`,
        });
      }
      hotkeys.add(label.hotkey);
    });
    config.attributes.forEach((attribute, index) => {
      if (attribute.type === 'choice' && (attribute.choices?.length ?? 0) === 0) {
        context.addIssue({
          code: 'custom',
          path: ['attributes', index, 'choices'],
          message: 'a choice attribute needs at least one choice',
        });
      }
    });
  });
export type ProjectConfig = z.infer<typeof projectConfigSchema>;
