// Regenerates docs/schema/*.json from the zod schemas: npm run schema
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedJsonSchemas } from '../src-main/core/jsonSchemas';

const folder = join(import.meta.dirname, '..', 'docs', 'schema');
for (const [name, schema] of Object.entries(publishedJsonSchemas())) {
  writeFileSync(join(folder, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote docs/schema/${name}`);
}
