import { formatProblem, ParleyError } from '../core/errors';
import type { AgreementReport } from '../core/agreement/agreementReport';
import { computeProjectAgreement } from '../services/projectAgreement';
import { DEFAULT_LIMITS, indexProject } from '../services/projectIndex';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { parseCommandArgs, parseList, UsageError, type Command } from './commandLine';

function figure(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : value.toFixed(3);
}

/** The human-readable summary: one line per pair and per label. */
function summarize(report: AgreementReport): string[] {
  const figures = report.project;
  const lines = [
    `${figures.documentCount} documents, ${figures.codePoints} code points; annotators: ${report.annotators.join(', ')}`,
    '',
    'pair\texact F1\toverlap F1\tkappa (label sets)',
  ];
  for (const pair of figures.pairs) {
    lines.push(
      `${pair.first} ~ ${pair.second}\t${figure(pair.spans.exact.micro.f1)}\t${figure(pair.spans.overlap.micro.f1)}\t${figure(pair.cohenKappa.labelSets.kappa)}`,
    );
  }
  if (figures.fleissKappa)
    lines.push('', `Fleiss' kappa (label sets): ${figure(figures.fleissKappa.kappa)}`);
  lines.push('', 'label\tα_u');
  for (const label of figures.unitizingAlpha.byLabel)
    lines.push(`${label.label}\t${figure(label.alpha)}`);
  lines.push(`all labels\t${figure(figures.unitizingAlpha.allLabels.alpha)}`);
  return lines;
}

export const agreeCommand: Command = {
  name: 'agree',
  summary: 'inter-annotator agreement: span F1, Cohen and Fleiss kappa, α_u, confusion, attributes',
  usage: `parley agree <project> [--annotators a,b,…] [--documents id,…] [--labels l,…] [--json]

Measures agreement between annotators, per document and across the project, as defined in
docs/agreement.md. By default: every annotator but gold, over the documents that all of them
annotated; named documents are used as given (a missing file counts as tagging nothing).
--json prints every figure in the documented structure.`,
  async run(args, output) {
    const { positionals, values } = parseCommandArgs(args, {
      annotators: { type: 'string' },
      documents: { type: 'string' },
      labels: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      output.out(this.usage);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('name exactly one project folder');
    const annotators = parseList(values.annotators);
    if (annotators && annotators.length < 2)
      throw new UsageError('--annotators needs at least two names');
    const index = await indexProject(nodeFileSystem, positionals[0]!, DEFAULT_LIMITS);
    const unknown = parseList(values.documents)?.filter((id) => !index.documents.has(id)) ?? [];
    if (unknown.length > 0)
      throw new ParleyError(
        positionals[0]!,
        `has no document ${unknown.map((id) => `"${id}"`).join(', ')}`,
      );
    const { report, problems } = await computeProjectAgreement(nodeFileSystem, index, {
      annotators,
      documents: parseList(values.documents),
      labels: parseList(values.labels),
    });
    for (const problem of problems) output.error(`${formatProblem(problem)} (file left out)`);
    if (report.annotators.length < 2)
      throw new ParleyError(positionals[0]!, 'has fewer than two annotators to compare');
    if (values.json) output.out(JSON.stringify(report, null, 2));
    else for (const line of summarize(report)) output.out(line);
    return 0;
  },
};
