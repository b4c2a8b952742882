import { useId } from 'react';
import type { ExportFormatDescription } from '../../src-main/contract/parleyContract';
import type { LabelDefinition } from '../../src-main/core/project/projectConfigSchema';
import {
  EVERY_ANNOTATOR,
  exportChoicesProblems,
  type ExportChoices,
} from '../transfer/exportRequest';

interface ExportFormProps {
  formats: readonly ExportFormatDescription[];
  labels: readonly LabelDefinition[];
  /** The current annotator first, then the project's other annotators. */
  annotators: readonly string[];
  currentDocument: { id: string; title: string } | undefined;
  choices: ExportChoices;
  onChange: (choices: ExportChoices) => void;
  onSubmit: () => void;
  busy: boolean;
}

const OVERLAP_POLICIES = [
  ['longest', 'the longest span'],
  ['first', 'the span that starts first'],
  ['label-order', 'the label listed first in the project'],
] as const;

/** The export dialog's choices: format, name, whose spans, labels, documents, format options. */
export function ExportForm({
  formats,
  labels,
  annotators,
  currentDocument,
  choices,
  onChange,
  onSubmit,
  busy,
}: ExportFormProps) {
  const id = useId();
  const problems = exportChoicesProblems(choices);
  const options = choices.format.options;
  const folder = choices.format.layout === 'folder';
  const change = (patch: Partial<ExportChoices>) => onChange({ ...choices, ...patch });

  return (
    <form
      className="export-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (Object.keys(problems).length === 0 && !busy) onSubmit();
      }}
    >
      <div className="form-field">
        <label htmlFor={`${id}-format`}>Format</label>
        <select
          id={`${id}-format`}
          value={choices.format.format}
          data-autofocus
          onChange={(event) => {
            const format = formats.find((candidate) => candidate.format === event.target.value);
            if (format) change({ format, fileName: format.defaultFileName });
          }}
        >
          {formats.map((format) => (
            <option key={format.format} value={format.format}>
              {format.title}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-name`}>{folder ? 'Folder name' : 'File name'}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={choices.fileName}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problems.fileName !== undefined}
          aria-describedby={`${id}-name-help`}
          onChange={(event) => change({ fileName: event.target.value })}
        />
        <p id={`${id}-name-help`} className={problems.fileName ? 'field-problem' : 'field-hint'}>
          {problems.fileName
            ? `The name ${problems.fileName}.`
            : `Written to exports/${choices.fileName} in the project.`}
        </p>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-annotator`}>Whose annotations</label>
        <select
          id={`${id}-annotator`}
          value={choices.annotator}
          onChange={(event) => change({ annotator: event.target.value })}
        >
          {annotators.map((name, index) => (
            <option key={name} value={name}>
              {index === 0 ? `${name} (you)` : name}
            </option>
          ))}
          <option value="gold">gold (adjudicated)</option>
          <option value={EVERY_ANNOTATOR}>Every annotator except gold</option>
        </select>
      </div>
      <fieldset aria-describedby={problems.labels ? `${id}-labels-problem` : undefined}>
        <legend>Labels</legend>
        {labels.map((label) => (
          <label key={label.id} className="toggle">
            <input
              type="checkbox"
              checked={choices.labels.includes(label.id)}
              onChange={(event) =>
                change({
                  labels: event.target.checked
                    ? labels
                        .map((candidate) => candidate.id)
                        .filter(
                          (candidate) =>
                            candidate === label.id || choices.labels.includes(candidate),
                        )
                    : choices.labels.filter((candidate) => candidate !== label.id),
                })
              }
            />
            {label.name}
          </label>
        ))}
        {problems.labels && (
          <p id={`${id}-labels-problem`} className="field-problem">
            {problems.labels}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>Documents</legend>
        <label className="toggle">
          <input
            type="radio"
            name={`${id}-documents`}
            checked={choices.documentId === undefined}
            onChange={() => change({ documentId: undefined })}
          />
          All documents
        </label>
        <label className="toggle">
          <input
            type="radio"
            name={`${id}-documents`}
            disabled={currentDocument === undefined}
            checked={currentDocument !== undefined && choices.documentId === currentDocument.id}
            onChange={() => change({ documentId: currentDocument?.id })}
          />
          {currentDocument
            ? `Current document: ${currentDocument.title}`
            : 'Current document (none open)'}
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={choices.includeUnannotated}
            onChange={(event) => change({ includeUnannotated: event.target.checked })}
          />
          Include documents without annotations
        </label>
      </fieldset>
      {options.length > 0 && (
        <fieldset>
          <legend>Format options</legend>
          {options.includes('excel') && (
            <label className="toggle">
              <input
                type="checkbox"
                checked={choices.excel}
                onChange={(event) => change({ excel: event.target.checked })}
              />
              For Excel (byte order mark, formulas kept as text)
            </label>
          )}
          {options.includes('overlap') && (
            <div className="form-field">
              <label htmlFor={`${id}-overlap`}>A token in several spans goes to</label>
              <select
                id={`${id}-overlap`}
                value={choices.overlap}
                onChange={(event) =>
                  change({ overlap: event.target.value as ExportChoices['overlap'] })
                }
              >
                {OVERLAP_POLICIES.map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </select>
            </div>
          )}
          {options.includes('locale') && (
            <div className="form-field">
              <label htmlFor={`${id}-locale`}>Language for words and sentences</label>
              <input
                id={`${id}-locale`}
                type="text"
                value={choices.locale}
                autoComplete="off"
                spellCheck={false}
                aria-invalid={problems.locale !== undefined}
                aria-describedby={`${id}-locale-help`}
                onChange={(event) => change({ locale: event.target.value })}
              />
              <p
                id={`${id}-locale-help`}
                className={problems.locale ? 'field-problem' : 'field-hint'}
              >
                {problems.locale ? `The language ${problems.locale}.` : 'A language tag, e.g. en.'}
              </p>
            </div>
          )}
        </fieldset>
      )}
      <div className="dialog-actions">
        <button type="submit" disabled={busy || Object.keys(problems).length > 0}>
          {busy ? 'Starting…' : 'Export'}
        </button>
      </div>
    </form>
  );
}
