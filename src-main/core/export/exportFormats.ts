export const EXPORT_FORMATS = [
  'jsonl',
  'csv',
  'conll',
  'brat',
  'doccano',
  'label-studio',
  'w3c',
  'spacy',
  'hf',
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  title: string;
  /** `file`: every chunk goes to `files[0]`; `folder`: chunks name files inside a folder. */
  layout: 'file' | 'folder';
  /**
   * The fixed file names the format writes (brat adds `<stem>.txt` / `<stem>.ann` per document,
   * and with several annotators writes all of it once per annotator, in `<annotator>/`).
   */
  files: readonly string[];
}

/** What the UI needs to offer a format: its name, and a save-file or a choose-folder dialog. */
export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  jsonl: { title: 'Parley dataset (JSONL)', layout: 'file', files: ['annotations.jsonl'] },
  csv: { title: 'CSV, one span per row', layout: 'file', files: ['annotations.csv'] },
  conll: { title: 'CoNLL BIO tokens', layout: 'file', files: ['annotations.conll'] },
  brat: {
    title: 'brat standoff',
    layout: 'folder',
    files: ['annotation.conf', 'visual.conf'],
  },
  doccano: { title: 'doccano JSONL', layout: 'file', files: ['doccano.jsonl'] },
  'label-studio': { title: 'Label Studio tasks', layout: 'file', files: ['label-studio.json'] },
  w3c: { title: 'W3C Web Annotation (JSON-LD)', layout: 'file', files: ['annotations.jsonld'] },
  spacy: { title: 'spaCy spans (JSONL)', layout: 'file', files: ['spacy.jsonl'] },
  hf: {
    title: 'Hugging Face token classification',
    layout: 'folder',
    files: ['data.jsonl', 'labels.json'],
  },
};
