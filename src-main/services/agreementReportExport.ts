import { dirname } from 'node:path';
import type { AgreementReport } from '../core/agreement/agreementReport';
import { ParleyError } from '../core/errors';
import { portableFileNameProblem } from '../core/export/exportFileName';
import type { FileSystem } from '../core/ports/fileSystem';
import { EXPORTS_FOLDER } from '../core/project/annotationPaths';
import { agreementReportCsv } from '../core/review/agreementReportCsv';
import { agreementReportHtml } from '../core/review/agreementReportHtml';
import type { ExportAgreementReportInput } from '../contract/parleyContract';
import { writeFileAtomically } from '../workspace/atomicWrite';
import { resolveInsideProject } from '../workspace/projectPaths';
import { computeProjectAgreement } from './projectAgreement';
import type { ProjectIndex } from './projectIndex';

/** Why `fileName` cannot hold a report in `format`, or undefined when it can. */
export function reportFileNameProblem(
  format: 'html' | 'csv',
  fileName: string,
): string | undefined {
  const problem = portableFileNameProblem(fileName);
  if (problem) return problem;
  const extensions = format === 'html' ? ['.html', '.htm'] : ['.csv'];
  return extensions.some((extension) => fileName.toLowerCase().endsWith(extension))
    ? undefined
    : `must end in ${extensions.map((extension) => `"${extension}"`).join(' or ')} for ${format}`;
}

/**
 * Writes the agreement report atomically as `exports/<fileName>`: `computed` when the host
 * still holds the report the page shows, otherwise computed now.
 */
export async function exportAgreementReport(
  fileSystem: FileSystem,
  index: ProjectIndex,
  input: ExportAgreementReportInput,
  now: string,
  computed?: AgreementReport,
): Promise<{ outcome: 'written' | 'exists'; target: string }> {
  const problem = reportFileNameProblem(input.format, input.fileName);
  if (problem) throw new ParleyError(input.fileName || '(no name)', problem);
  const target = `${EXPORTS_FOLDER}/${input.fileName}`;
  const absoluteTarget = await resolveInsideProject(fileSystem, index.realRoot, target);
  if (!input.replace) {
    const exists = await fileSystem.stat(absoluteTarget).then(
      () => true,
      () => false,
    );
    if (exists) return { outcome: 'exists', target };
  }
  const report = computed ?? (await computeProjectAgreement(fileSystem, index, input)).report;
  const text =
    input.format === 'html'
      ? agreementReportHtml(report, { projectName: index.config.name, generatedAt: now })
      : agreementReportCsv(report);
  await fileSystem.makeDirectory(dirname(absoluteTarget));
  await writeFileAtomically(fileSystem, absoluteTarget, new TextEncoder().encode(text), target);
  return { outcome: 'written', target };
}
