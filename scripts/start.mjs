// npm start: build, then open the desktop app on the sample project (first start) or the last
// project. Where the Electron binary cannot be had (offline machines: Electron downloads it on
// first launch), say so and run the same workbench in the browser host instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let electronBinary;
try {
  electronBinary = require('electron');
} catch (error) {
  console.error(
    `\nparley: the Electron binary is not available (${error.message.split('\n')[0]}).`,
  );
  console.error(
    'parley: opening the same workbench in your browser instead (npm run parley -- serve).\n',
  );
}

const child = electronBinary
  ? spawn(electronBinary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
  : spawn(
      join(root, 'node_modules', '.bin', 'tsx'),
      [join(root, 'src-main', 'cli', 'main.ts'), 'serve', ...process.argv.slice(2)],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
