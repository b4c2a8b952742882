import { relative, resolve } from 'node:path';
import { formatProblem } from '../core/errors';
import {
  EXPORT_FORMAT_INFO,
  EXPORT_FORMATS,
  type ExportFormat,
} from '../core/export/exportFormats';
import { countWarnings } from '../core/export/exportWarning';
import type { OverlapPolicy } from '../core/export/exportDocument';
import { annotatorNameSchema, GOLD_ANNOTATOR } from '../core/project/annotationPaths';
import { exportProject } from '../services/exportProject';
import { DEFAULT_LIMITS, indexProject } from '../services/projectIndex';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { parseCommandArgs, parseList, UsageError, type Command } from './commandLine';

const FOLDER_FORMATS = EXPORT_FORMATS.filter(
  (format) => EXPORT_FORMAT_INFO[format].layout === 'folder',
);
const OVERLAP_POLICIES: readonly OverlapPolicy[] = ['longest', 'first', 'label-order'];

export const exportCommand: Command = {
  name: 'export',
  summary:
    'export annotations as a dataset (jsonl, csv, conll, brat, doccano, label-studio, w3c, spacy, hf)',
  usage: `parley export <project> --format <format> --out <path> [options]

Formats: ${EXPORT_FORMATS.join(', ')} (see docs/export.md).
--out is a file, or a folder for ${FOLDER_FORMATS.join(' and ')}.
Options:
  --annotator <name>       one annotator's files (default: every annotator but gold)
  --gold                   the adjudicated gold set
  --labels a,b             only these labels
  --documents id,id        only these documents
  --include-unannotated    also documents without annotations
  --excel                  csv: UTF-8 BOM and formula-safe cells for Excel
  --overlap <policy>       conll, hf: longest (default), first or label-order
  --locale <tag>           conll, hf: word and sentence rules (default en)
Every lossy step is reported as a warning on stderr; the files are replaced only when the
whole export succeeded.`,
  async run(args, output) {
    const { positionals, values } = parseCommandArgs(args, {
      format: { type: 'string' },
      out: { type: 'string' },
      annotator: { type: 'string' },
      gold: { type: 'boolean' },
      labels: { type: 'string' },
      documents: { type: 'string' },
      'include-unannotated': { type: 'boolean' },
      excel: { type: 'boolean' },
      overlap: { type: 'string' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      output.out(this.usage);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('name exactly one project folder');
    if (!values.format || !(EXPORT_FORMATS as readonly string[]).includes(values.format)) {
      throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    }
    if (!values.out) throw new UsageError('--out is required');
    if (values.gold && values.annotator)
      throw new UsageError('use --annotator or --gold, not both');
    if (values.annotator && !annotatorNameSchema.safeParse(values.annotator).success) {
      throw new UsageError(`"${values.annotator}" is not a valid annotator name`);
    }
    if (values.overlap && !(OVERLAP_POLICIES as readonly string[]).includes(values.overlap)) {
      throw new UsageError(`--overlap must be one of ${OVERLAP_POLICIES.join(', ')}`);
    }
    const index = await indexProject(nodeFileSystem, positionals[0]!, DEFAULT_LIMITS);
    for (const problem of index.problems) output.error(formatProblem(problem));
    const summary = await exportProject(nodeFileSystem, index, {
      format: values.format as ExportFormat,
      out: resolve(values.out),
      annotator: values.gold ? GOLD_ANNOTATOR : values.annotator,
      documents: parseList(values.documents),
      includeUnannotated: values['include-unannotated'],
      options: {
        labels: parseList(values.labels),
        excel: values.excel,
        overlap: values.overlap as OverlapPolicy | undefined,
        locale: values.locale,
      },
    });
    for (const problem of summary.problems)
      output.error(`${formatProblem(problem)} (file left out)`);
    for (const warning of summary.warnings) {
      output.error(
        `warning: document ${warning.documentId}${warning.spanId ? `, span ${warning.spanId}` : ''}: ${warning.kind}: ${warning.message}`,
      );
    }
    const counts = Object.entries(countWarnings(summary.warnings)).map(
      ([kind, count]) => `${count} ${kind}`,
    );
    output.out(
      `exported ${summary.documents} document${summary.documents === 1 ? '' : 's'} with ${summary.spans} spans as ${values.format}`,
    );
    output.out(`warnings: ${counts.length === 0 ? 'none' : counts.join(', ')}`);
    for (const file of summary.files) output.out(`wrote ${relative(process.cwd(), file) || file}`);
    return 0;
  },
};
