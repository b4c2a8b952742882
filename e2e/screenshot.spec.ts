import { join } from 'node:path';
import { expect, test } from './fixtures';

const DOCS = join(import.meta.dirname, '..', 'docs');

test('writes the README screenshot of the workbench on the sample project', async ({
  workbench,
  app,
}) => {
  await app.page.setViewportSize({ width: 1440, height: 900 });
  await workbench.useAnnotator('alice');
  await workbench.openDocument('288');
  await expect(workbench.spans('demand')).not.toHaveCount(0);
  await workbench.spans('offer').first().click();
  await expect(workbench.selectedSpan.getByLabel('Source')).toHaveValue('United States');
  await app.page.mouse.move(0, 0);
  await app.page.screenshot({ path: join(DOCS, 'workbench.png') });
});
