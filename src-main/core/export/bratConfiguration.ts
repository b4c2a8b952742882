import type { AttributeDefinition, LabelDefinition } from '../project/projectConfigSchema';

/** brat reads type names and attribute values up to whitespace, and splits value lists on `|`. */
const BRAT_UNSAFE = /[\s|,]/gu;

/** Separates the `name=value` fields of text attributes from each other and from the note. */
export const BRAT_NOTE_SEPARATOR = '; ';

/** `value` with the characters brat cannot hold in a type or attribute value replaced by `_`. */
export function bratToken(value: string): string {
  return value.replace(BRAT_UNSAFE, '_');
}

export interface BratAttributeType {
  id: string;
  /** Absent for a binary (boolean) attribute. */
  values?: readonly string[];
}

/**
 * brat's annotation.conf: entity types, an <OVERLAP> rule that lets Parley's spans overlap
 * freely, and the choice and boolean attributes (text attributes travel in notes instead).
 */
export function bratAnnotationConf(
  entityTypes: readonly string[],
  attributes: readonly BratAttributeType[],
): string {
  const attributeLines = attributes.map(({ id, values }) =>
    values ? `${id}\tArg:<ENTITY>, Value:${values.join('|')}` : `${id}\tArg:<ENTITY>`,
  );
  return [
    '[entities]',
    ...entityTypes,
    '',
    '[relations]',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    ...attributeLines,
    '',
  ].join('\n');
}

/** brat's visual.conf: display names and the project's colours. */
export function bratVisualConf(labels: readonly LabelDefinition[]): string {
  return [
    '[labels]',
    ...labels.map((label) => `${label.id} | ${label.name.replace(/[|\n\r]/g, ' ')}`),
    '',
    '[drawing]',
    ...labels.map((label) => `${label.id}\tbgColor:${label.colour}`),
    '',
  ].join('\n');
}

/** The brat attribute types for the project's choice and boolean attributes. */
export function bratAttributeTypes(
  attributes: readonly AttributeDefinition[],
): BratAttributeType[] {
  return attributes.flatMap((attribute): BratAttributeType[] => {
    if (attribute.type === 'boolean') return [{ id: attribute.id }];
    if (attribute.type === 'choice') {
      return [{ id: attribute.id, values: (attribute.choices ?? []).map(bratToken) }];
    }
    return [];
  });
}
