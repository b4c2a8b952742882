import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PROBLEMS_PER_PAGE, ProblemList } from './ProblemList';

afterEach(cleanup);

const problems = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    file: `annotations/ana/${index}.json`,
    jsonPath: '$',
    message: 'is not valid JSON',
    severity: 'error' as const,
  }));

describe('ProblemList', () => {
  it('draws the first page of a long list, and more on request', () => {
    render(<ProblemList title="Files left out" problems={problems(250)} />);
    expect(screen.getByText('Files left out (250)')).toBeTruthy();
    const items = () => within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items()).toHaveLength(PROBLEMS_PER_PAGE);
    expect(screen.getByText(/100 of 250 shown/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(items()).toHaveLength(200);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 250' }));
    expect(items()).toHaveLength(250);
    expect(items().at(-1)!.textContent).toContain('annotations/ana/249.json');
    expect(screen.queryByRole('button', { name: /Show/ })).toBeNull();
  });

  it('draws a short list whole, and nothing for no problems', () => {
    render(<ProblemList title="Problems" problems={problems(3)} />);
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();
    const { container } = render(<ProblemList title="Problems" problems={[]} />);
    expect(container.childElementCount).toBe(0);
  });
});
