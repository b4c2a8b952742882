import { fileURLToPath } from 'node:url';
import type { AnnotationFile } from '../src-main/core/annotations/annotationSchema';
import type { AgreementDocument, AgreementInput } from '../src-main/core/agreement/agreementInput';
import { computeAgreementReport } from '../src-main/core/agreement/computeAgreementReport';
import {
  krippendorffUnitizingAlpha,
  type UnitizingContinuum,
} from '../src-main/core/agreement/krippendorffUnitizingAlpha';
import { createDefaultProjectConfig } from '../src-main/core/project/defaultProjectConfig';
import { annotationFilesOf } from './corpus/writeSyntheticProject';
import { generateCorpus, LABELS } from './corpus/syntheticCorpus';
import { medianMilliseconds, milliseconds, type BenchmarkRow } from './measure';

const ANNOTATORS = ['ana', 'ben', 'cai'];
const DOCUMENT_LENGTH = 4_000;
const ROUNDS = 3;

/** The annotation files of a synthetic corpus as Parley writes them, one JSON string per file. */
interface AnnotationFiles {
  json: string[];
  spans: number;
  bytes: number;
}

/**
 * Agreement of 3 annotators over 2,000 news documents against a baseline measured in the same
 * run: JSON.parse of the same annotation files. α_u is timed alone at N and 2N spans per document.
 */
export async function agreementBenchmarks(documents = 2_000, runs = 3): Promise<BenchmarkRow[]> {
  const files = annotationFiles(documents, 40);
  const input = agreementInput(files.json.map(parseFile));
  const [baseline, report] = await pairedMedians(
    runs,
    () => files.json.map(parseFile),
    () => computeAgreementReport(input),
  );

  const halfInput = agreementInput(annotationFiles(documents, 20).json.map(parseFile));
  const alphaOf = (continua: UnitizingContinuum[][]) => () =>
    continua.map((labelContinua) => krippendorffUnitizingAlpha(labelContinua, ANNOTATORS.length));
  const [halfAlpha, fullAlpha] = await pairedMedians(
    runs,
    alphaOf(continuaByLabel(halfInput)),
    alphaOf(continuaByLabel(input)),
  );
  const halfSpans = spanCount(halfInput);
  const fullSpans = spanCount(input);

  const shape = `${ANNOTATORS.length} × ${documents.toLocaleString('en')} × 40`;
  const megabytes = files.bytes / 1024 / 1024;
  return [
    {
      name: `agreement F1 + kappa, ${shape} (full report, ${files.spans.toLocaleString('en')} spans, ${megabytes.toFixed(0)} MB of files)`,
      figure: milliseconds(report),
      baseline: `${milliseconds(baseline)} JSON.parse of the files`,
      ratio: report / baseline,
      target: '≤ 1',
      met: report / baseline <= 1,
    },
    {
      name: `α_u, spans doubled (${halfSpans.toLocaleString('en')} → ${fullSpans.toLocaleString('en')} spans)`,
      figure: milliseconds(fullAlpha),
      baseline: `${milliseconds(halfAlpha)} at half the spans`,
      ratio: fullAlpha / halfAlpha,
      target: '≤ 2.2',
      met: fullAlpha / halfAlpha <= 2.2,
    },
  ];
}

/**
 * Medians of both pieces of work over ROUNDS rounds that alternate between them, so that a burst of
 * load on the shared machine hits both sides of a ratio rather than one.
 */
async function pairedMedians(
  runs: number,
  baselineWork: () => unknown,
  figureWork: () => unknown,
): Promise<[number, number]> {
  const baselines: number[] = [];
  const figures: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    baselines.push(await medianMilliseconds(runs, baselineWork));
    figures.push(await medianMilliseconds(runs, figureWork));
  }
  return [median(baselines), median(figures)];
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function annotationFiles(documents: number, spansPerDocument: number): AnnotationFiles {
  const corpus = generateCorpus(documents, {
    seed: 7,
    documentLength: DOCUMENT_LENGTH,
    spansPerDocument,
    annotators: ANNOTATORS,
  });
  const json: string[] = [];
  let spans = 0;
  let bytes = 0;
  for (const document of corpus) {
    for (const file of annotationFilesOf(document)) {
      json.push(file.json);
      spans += file.spans;
      bytes += Buffer.byteLength(file.json);
    }
  }
  return { json, spans, bytes };
}

function parseFile(json: string): AnnotationFile {
  return JSON.parse(json) as AnnotationFile;
}

/** The report input, as the agree command builds it: one document per id, every annotator's file. */
function agreementInput(files: readonly AnnotationFile[]): AgreementInput {
  const documentsById = new Map<string, AgreementDocument>();
  for (const file of files) {
    let document = documentsById.get(file.document.id);
    if (!document) {
      document = {
        id: file.document.id,
        textLength: file.document.textLength ?? 0,
        annotationsByAnnotator: {},
      };
      documentsById.set(document.id, document);
    }
    (document.annotationsByAnnotator as Record<string, AnnotationFile['annotations']>)[
      file.annotator
    ] = file.annotations;
  }
  return {
    documents: [...documentsById.values()],
    annotators: ANNOTATORS,
    labels: LABELS,
    attributes: createDefaultProjectConfig().attributes,
  };
}

/** α_u's input per label: each document a continuum, each annotator's spans of the label its units. */
function continuaByLabel(input: AgreementInput): UnitizingContinuum[][] {
  return input.labels.map((label) =>
    input.documents.map((document) => ({
      length: document.textLength,
      unitsByAnnotator: input.annotators.map((annotator) =>
        (document.annotationsByAnnotator[annotator] ?? []).filter((span) => span.label === label),
      ),
    })),
  );
}

function spanCount(input: AgreementInput): number {
  let spans = 0;
  for (const document of input.documents) {
    for (const annotator of input.annotators) {
      spans += document.annotationsByAnnotator[annotator]?.length ?? 0;
    }
  }
  return spans;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await agreementBenchmarks()) {
    console.log(
      `${row.met ? 'met ' : 'MISS'}  ${row.name}\n      ${row.figure} vs ${row.baseline}: ratio ${row.ratio.toFixed(2)} (target ${row.target})`,
    );
  }
}
