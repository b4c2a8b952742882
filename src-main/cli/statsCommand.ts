import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { indexProject, DEFAULT_LIMITS } from '../services/projectIndex';
import { checkAllAnnotationFiles, compareAnnotationFiles } from '../services/validateProject';
import { parseCommandArgs, UsageError, type Command } from './commandLine';

export interface ProjectStats {
  documents: {
    id: string;
    path: string;
    title: string;
    textSha256: string;
    /** Code points. */
    textLength: number;
    /** Span count per annotator with a valid file for this document. */
    annotators: Record<string, number>;
  }[];
  /** Span count per label, over all annotators. */
  labels: Record<string, number>;
}

/** Counts documents, annotators and spans per label; invalid annotation files are skipped and reported. */
export async function computeProjectStats(
  root: string,
): Promise<{ stats: ProjectStats; skipped: string[] }> {
  const index = await indexProject(nodeFileSystem, root, DEFAULT_LIMITS);
  const byDocument = new Map<string, Record<string, number>>();
  const labels: Record<string, number> = {};
  for (const label of index.config.labels) labels[label.id] = 0;
  const skipped: { annotator: string; path: string }[] = [];
  for await (const file of checkAllAnnotationFiles(nodeFileSystem, index)) {
    if (!file.loaded.ok || !file.article) {
      skipped.push({ annotator: file.annotator, path: file.path });
      continue;
    }
    const counts = byDocument.get(file.article.id) ?? {};
    counts[file.annotator] = file.loaded.file.annotations.length;
    byDocument.set(file.article.id, counts);
    for (const annotation of file.loaded.file.annotations)
      labels[annotation.label] = (labels[annotation.label] ?? 0) + 1;
  }
  const documents = [...index.documents.values()].map((article) => ({
    id: article.id,
    path: article.path,
    title: article.title,
    textSha256: article.textSha256,
    textLength: article.textLength,
    annotators: byDocument.get(article.id) ?? {},
  }));
  return {
    stats: { documents, labels },
    skipped: skipped.sort(compareAnnotationFiles).map((file) => file.path),
  };
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'documents, annotators and spans per label of a project',
  usage: `parley stats <project> [--json]

Prints the project's documents with their span counts per annotator, and the span count
per label over all annotators. --json prints
{"documents": [{"id", "path", "title", "textSha256", "textLength", "annotators": {"<name>": <spans>}}],
 "labels": {"<label>": <spans>}}.`,
  async run(args, output) {
    const { positionals, values } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      output.out(this.usage);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('name exactly one project folder');
    const { stats, skipped } = await computeProjectStats(positionals[0]!);
    for (const path of skipped)
      output.error(`${path}: skipped: the file is invalid (run parley validate for details)`);
    if (values.json) {
      output.out(JSON.stringify(stats, null, 2));
      return 0;
    }
    output.out(`${stats.documents.length} documents`);
    for (const document of stats.documents) {
      const counts = Object.entries(document.annotators).map(([name, count]) => `${name} ${count}`);
      output.out(
        `  ${document.id}\t${document.title}\t${counts.length > 0 ? counts.join(', ') : 'no annotations'}`,
      );
    }
    output.out('spans per label');
    for (const [label, count] of Object.entries(stats.labels)) output.out(`  ${label}\t${count}`);
    return 0;
  },
};
