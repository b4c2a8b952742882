import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgreementRow, AgreementSummary } from '../../src-main/core/review/agreementSummary';
import { AppStoreProvider } from '../store/AppStoreProvider';
import { createTestStore } from '../store/testStore';
import { AgreementReportView } from './AgreementReportView';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const row = (name: string): AgreementRow => ({
  name,
  exactF1: 0.5,
  overlapF1: 0.75,
  kappa: 0.6,
  alpha: 0.7,
});

function summaryOf(documents: number): AgreementSummary {
  return {
    annotators: ['ann', 'ben'],
    documentCount: documents,
    codePoints: 1234,
    labels: [row('demand')],
    pairs: [{ ...row('ann ~ ben'), alpha: null }],
    documents: Array.from({ length: documents }, (_, index) => row(`doc-${index}`)),
  };
}

function renderView() {
  const test = createTestStore();
  render(
    <AppStoreProvider store={test.store}>
      <AgreementReportView />
    </AppStoreProvider>,
  );
  const view = screen.getByRole('region', { name: 'Agreement report' });
  // Counted by selector: role queries over hundreds of rows are slow in jsdom.
  const documentRows = () =>
    within(view).getByRole('table', { name: 'Per document' }).querySelectorAll('tbody tr');
  return { test, view, documentRows };
}

describe('the agreement report view', () => {
  it('shows the files read of all while the host computes, with a way to stop', () => {
    const { test, view } = renderView();
    const cancel = vi.spyOn(test.state(), 'cancelAgreementReport');
    act(() =>
      test.store.setState((state) => ({
        agreement: { ...state.agreement, computing: { phase: 'reading', done: 1234, total: 6000 } },
        cancelAgreementReport: cancel,
      })),
    );
    expect(within(view).getByRole('status').textContent).toBe(
      `Computing agreement… reading files ${(1234).toLocaleString()} of ${(6000).toLocaleString()}`,
    );
    const bar = within(view).getByRole('progressbar', { name: 'Agreement progress' });
    expect(bar.getAttribute('value')).toBe('1234');
    expect(bar.getAttribute('max')).toBe('6000');
    expect(within(view).getByRole('button', { name: 'Recompute' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.click(within(view).getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it('draws each chart with the report, a bar per figure and its value on it', () => {
    const { test, view } = renderView();
    act(() =>
      test.store.setState((state) => ({
        agreement: { ...state.agreement, summary: summaryOf(2) },
      })),
    );
    const chart = within(view).getByRole('img', { name: 'F1 and kappa per label' });
    const titles = [...chart.querySelectorAll('rect > title')].map((title) => title.textContent);
    expect(titles).toEqual([
      'demand exact F1: 0.500',
      'demand overlap F1: 0.750',
      'demand kappa: 0.600',
    ]);
    expect(within(view).getByRole('img', { name: 'F1 and kappa per annotator pair' })).toBeTruthy();
  });

  it('says it is writing an export, and takes no second export meanwhile', async () => {
    const { test, view } = renderView();
    let finish: (value: { outcome: 'written'; target: string }) => void = () => undefined;
    const exportReport = vi.fn(
      () =>
        new Promise<{ outcome: 'written'; target: string }>((resolve) => {
          finish = resolve;
        }),
    );
    act(() => test.store.setState({ exportAgreementReport: exportReport }));

    fireEvent.click(within(view).getByRole('button', { name: 'Export HTML' }));
    expect(within(view).getByRole('status').textContent).toBe('Writing agreement.html…');
    expect(within(view).getByRole('button', { name: 'Export CSV' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.click(within(view).getByRole('button', { name: 'Export CSV' }));
    expect(exportReport).toHaveBeenCalledTimes(1);

    await act(async () => finish({ outcome: 'written', target: 'exports/agreement.html' }));
    expect(within(view).queryByRole('status')).toBeNull();
    expect(within(view).getByRole('button', { name: 'Export CSV' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  it('draws the per-document table a page at a time; "Show all" adds pages one task each', async () => {
    vi.useFakeTimers();
    const { test, view, documentRows } = renderView();
    act(() =>
      test.store.setState((state) => ({
        agreement: { ...state.agreement, summary: summaryOf(250) },
      })),
    );
    expect(documentRows()).toHaveLength(50);
    expect(within(view).getByRole('status', { name: 'Documents shown' }).textContent).toBe(
      '50 of 250 documents shown; the HTML and CSV exports list every one.',
    );
    fireEvent.click(within(view).getByRole('button', { name: 'Show 50 more' }));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(documentRows()).toHaveLength(100);

    fireEvent.click(within(view).getByRole('button', { name: 'Show all 250' }));
    for (let step = 0; step < 3; step++) await act(() => vi.advanceTimersByTimeAsync(0));
    expect(documentRows()).toHaveLength(250);
    expect(within(view).queryByRole('button', { name: /^Show/ })).toBeNull();
    expect(within(view).getByRole('status', { name: 'Documents shown' }).textContent).toMatch(
      /^All 250 documents shown/,
    );

    // A new report starts again at its first page.
    act(() =>
      test.store.setState((state) => ({
        agreement: { ...state.agreement, summary: summaryOf(400) },
      })),
    );
    expect(documentRows()).toHaveLength(50);
    fireEvent.click(within(view).getByRole('button', { name: 'Show all 400' }));
    await act(() => vi.advanceTimersByTimeAsync(0));
    // Each step is a task of its own, so the page answers between them.
    expect(documentRows().length).toBeLessThan(400);
    for (let step = 0; step < 7; step++) await act(() => vi.advanceTimersByTimeAsync(0));
    expect(documentRows()).toHaveLength(400);
  });
});
