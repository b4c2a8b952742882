import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttributeDefinition } from '../../src-main/core/project/projectConfigSchema';
import { AttributeEditor } from './AttributeEditor';

afterEach(cleanup);

const definitions: AttributeDefinition[] = [
  { id: 'source', name: 'Source', type: 'text', description: 'Who acts.' },
  { id: 'modality', name: 'Modality', type: 'choice', choices: ['asserted', 'negated'] },
  { id: 'quoted', name: 'Quoted', type: 'boolean' },
];

describe('AttributeEditor', () => {
  it('renders an input typed from each attribute definition', () => {
    render(
      <AttributeEditor
        definitions={definitions}
        values={{ source: 'Iran', modality: 'negated', quoted: true }}
        disabled={false}
        onChange={() => {}}
      />,
    );

    const source = screen.getByRole('textbox', { name: 'Source' });
    expect(source).toHaveProperty('value', 'Iran');
    expect(source.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Who acts.')).toBeTruthy();
    const modality = screen.getByRole('combobox', { name: 'Modality' }) as HTMLSelectElement;
    expect(modality.value).toBe('negated');
    expect([...modality.options].map((option) => option.value)).toEqual([
      '',
      'asserted',
      'negated',
    ]);
    expect(screen.getByRole('checkbox', { name: 'Quoted' })).toHaveProperty('checked', true);
  });

  it('reports changes with the value type of the attribute', () => {
    const onChange = vi.fn();
    render(
      <AttributeEditor
        definitions={definitions}
        values={{}}
        disabled={false}
        onChange={onChange}
      />,
    );

    fireEvent.change(screen.getByRole('textbox', { name: 'Source' }), {
      target: { value: 'Tehran' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Modality' }), {
      target: { value: 'asserted' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Quoted' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Modality' }), { target: { value: '' } });

    expect(onChange.mock.calls).toEqual([
      ['source', 'Tehran'],
      ['modality', 'asserted'],
      ['quoted', true],
      ['modality', undefined],
    ]);
  });

  it('keeps a stored choice the config no longer offers, and disables everything when asked', () => {
    render(
      <AttributeEditor
        definitions={definitions}
        values={{ modality: 'legacy' }}
        disabled
        onChange={() => {}}
      />,
    );

    const modality = screen.getByRole('combobox', { name: 'Modality' }) as HTMLSelectElement;
    expect(modality.value).toBe('legacy');
    expect(screen.getByRole('group', { name: 'Attributes' })).toHaveProperty('disabled', true);
  });
});
