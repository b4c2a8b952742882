import { basename, join, resolve } from 'node:path';
import { PROJECT_CONFIG_FILE } from '../core/project/annotationPaths';
import { createDefaultProjectConfig } from '../core/project/defaultProjectConfig';
import { serializeProjectConfig } from '../core/project/loadProjectConfig';
import { ParleyError } from '../core/errors';
import { writeFileAtomically } from '../workspace/atomicWrite';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { parseCommandArgs, UsageError, type Command } from './commandLine';

export const initCommand: Command = {
  name: 'init',
  summary: 'write parley.json with the default speech-act labels',
  usage: `parley init <folder>

Writes <folder>/parley.json with the default label set (demand, denial, threat, offer) and
attributes (source, speaker, target, modality, confidence). Creates the folder if needed;
never replaces an existing parley.json.`,
  async run(args, output) {
    const { positionals, values } = parseCommandArgs(args, {
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      output.out(this.usage);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('name exactly one folder');
    const folder = resolve(positionals[0]!);
    const target = join(folder, PROJECT_CONFIG_FILE);
    const existing = await nodeFileSystem.stat(target).catch(() => undefined);
    if (existing)
      throw new ParleyError(
        join(positionals[0]!, PROJECT_CONFIG_FILE),
        'already exists; Parley leaves it as it is',
      );
    await nodeFileSystem.makeDirectory(folder);
    await writeFileAtomically(
      nodeFileSystem,
      target,
      serializeProjectConfig(createDefaultProjectConfig(basename(folder))),
      target,
    );
    output.out(`wrote ${join(positionals[0]!, PROJECT_CONFIG_FILE)}`);
    return 0;
  },
};
