import { describe, expect, it } from 'vitest';
import { defaultExportFileName, exportFileNameProblem } from './exportFileName';
import { EXPORT_FORMATS, type ExportFormat } from './exportFormats';

describe('exportFileNameProblem', () => {
  it.each<[ExportFormat, string]>([
    ['jsonl', 'alice.jsonl'],
    ['jsonl', 'Alice 2026-11 (final).JSONL'],
    ['csv', 'spans.csv'],
    ['conll', 'tokens.txt'],
    ['w3c', 'annotations.json'],
    ['label-studio', 'tasks.json'],
    ['brat', 'brat'],
    ['brat', 'brat export v1.2'],
    ['hf', 'dataset'],
    ['csv', 'Ausführung ü.csv'],
  ])('accepts %s %j', (format, name) => {
    expect(exportFileNameProblem(format, name)).toBeUndefined();
  });

  it.each<[ExportFormat, string, RegExp]>([
    ['jsonl', '', /give the export a name/],
    ['jsonl', '   ', /give the export a name/],
    ['jsonl', '../x.jsonl', /not a path/],
    ['jsonl', '/etc/x', /not a path/],
    ['csv', 'a/b.csv', /not a path/],
    ['csv', 'a\\b.csv', /not a path/],
    ['csv', 'C:\\x.csv', /not a path/],
    ['brat', '..', /not "\." or "\.\."/],
    ['brat', '.', /not "\." or "\.\."/],
    ['jsonl', '.hidden.jsonl', /must not start with "\."/],
    ['jsonl', 'a\u0000.jsonl', /control characters/],
    ['jsonl', 'a\n.jsonl', /control characters/],
    ['csv', 'a:b.csv', /control characters or any of/],
    ['csv', 'spans.csv ', /must not end/],
    ['brat', 'brat.', /must not end/],
    ['csv', 'CON.csv', /Windows reserves/],
    ['brat', 'nul', /Windows reserves/],
    ['jsonl', `${'a'.repeat(250)}.jsonl`, /too long/],
    ['jsonl', 'alice.csv', /must end in "\.jsonl" for jsonl/],
    ['jsonl', 'alice', /must end in "\.jsonl"/],
    ['w3c', 'x.txt', /must end in "\.jsonld" or "\.json"/],
    ['brat', 'brat.jsonl', /names a folder for brat/],
    ['hf', 'data.csv', /names a folder for hf/],
  ])('refuses %s %j', (format, name, message) => {
    expect(exportFileNameProblem(format, name)).toMatch(message);
  });

  it.each(EXPORT_FORMATS)('accepts the name it suggests for %s', (format) => {
    expect(exportFileNameProblem(format, defaultExportFileName(format))).toBeUndefined();
  });
});
