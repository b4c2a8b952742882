import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedJsonSchemas } from './jsonSchemas';

describe('published JSON Schemas', () => {
  it.each(Object.entries(publishedJsonSchemas()))(
    'docs/schema/%s matches the zod schema (run npm run schema)',
    (name, schema) => {
      const published = readFileSync(join(import.meta.dirname, '../../docs/schema', name), 'utf8');
      expect(JSON.parse(published)).toEqual(schema);
    },
  );

  it('requires what the format says is required', () => {
    const schema = publishedJsonSchemas()['parley-annotations.v1.schema.json'] as {
      required: string[];
      properties: {
        annotations: { items: { required: string[] } };
        document: { required: string[] };
      };
    };
    expect(schema.required.sort()).toEqual(['annotator', 'document', 'format', 'version']);
    expect(schema.properties.document.required).toEqual(['id', 'textSha256']);
    expect(schema.properties.annotations.items.required.sort()).toEqual([
      'end',
      'id',
      'label',
      'start',
      'text',
    ]);
  });
});
