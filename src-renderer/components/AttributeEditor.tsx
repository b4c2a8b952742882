import { useId } from 'react';
import type { AttributeValue } from '../../src-main/core/annotations/annotationSchema';
import type { AttributeDefinition } from '../../src-main/core/project/projectConfigSchema';

interface AttributeEditorProps {
  definitions: readonly AttributeDefinition[];
  values: Readonly<Record<string, AttributeValue>>;
  disabled: boolean;
  /** undefined or "" removes the attribute. */
  onChange: (attributeId: string, value: AttributeValue | undefined) => void;
}

function AttributeField({
  definition,
  value,
  disabled,
  onChange,
}: {
  definition: AttributeDefinition;
  value: AttributeValue | undefined;
  disabled: boolean;
  onChange: AttributeEditorProps['onChange'];
}) {
  const id = useId();
  const descriptionId = useId();
  const description = definition.description ? (
    <span id={descriptionId} className="attribute-field__description">
      {definition.description}
    </span>
  ) : null;
  const describedBy = definition.description ? descriptionId : undefined;

  if (definition.type === 'boolean') {
    return (
      <div className="attribute-field attribute-field--boolean">
        <label htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            disabled={disabled}
            aria-describedby={describedBy}
            onChange={(event) => onChange(definition.id, event.target.checked)}
          />{' '}
          {definition.name}
        </label>
        {description}
      </div>
    );
  }
  if (definition.type === 'choice') {
    const choices = definition.choices ?? [];
    const current = typeof value === 'string' ? value : '';
    return (
      <div className="attribute-field">
        <label htmlFor={id}>{definition.name}</label>
        <select
          id={id}
          value={current}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={(event) => onChange(definition.id, event.target.value || undefined)}
        >
          <option value="">—</option>
          {/* A value from the file that the config no longer offers is still shown. */}
          {current !== '' && !choices.includes(current) && (
            <option value={current}>{current}</option>
          )}
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
        {description}
      </div>
    );
  }
  return (
    <div className="attribute-field">
      <label htmlFor={id}>{definition.name}</label>
      <input
        id={id}
        type="text"
        value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
        disabled={disabled}
        autoComplete="off"
        aria-describedby={describedBy}
        onChange={(event) => onChange(definition.id, event.target.value)}
      />
      {description}
    </div>
  );
}

/** The span's attributes, each input typed from the project config: text, choice or boolean. */
export function AttributeEditor({ definitions, values, disabled, onChange }: AttributeEditorProps) {
  if (definitions.length === 0) return null;
  return (
    <fieldset className="attribute-editor" disabled={disabled}>
      <legend>Attributes</legend>
      {definitions.map((definition) => (
        <AttributeField
          key={definition.id}
          definition={definition}
          value={values[definition.id]}
          disabled={disabled}
          onChange={onChange}
        />
      ))}
    </fieldset>
  );
}
