import { describe, expect, it } from 'vitest';
import { computeAgreementReport } from '../agreement/computeAgreementReport';
import { agreementReportCsv } from './agreementReportCsv';
import { agreementReportHtml, escapeHtml } from './agreementReportHtml';
import { labelRows, pairRows } from './agreementSummary';

// The worked example of docs/agreement.md: "Pay now or we strike." by ana and ben.
const report = computeAgreementReport({
  documents: [
    {
      id: '=doc<1>',
      textLength: 21,
      annotationsByAnnotator: {
        ana: [
          { label: 'demand', start: 0, end: 7 },
          { label: 'threat', start: 11, end: 20 },
        ],
        ben: [
          { label: 'demand', start: 0, end: 7 },
          { label: 'threat', start: 8, end: 20 },
        ],
      },
    },
  ],
  annotators: ['ana', 'ben'],
  labels: ['demand', 'threat'],
  attributes: [],
});

describe('agreement summary', () => {
  it('gives per-label and per-pair figures as in the worked example', () => {
    const [demand, threat] = labelRows(report.project, report.labels);
    expect(demand).toMatchObject({ name: 'demand', exactF1: 1, overlapF1: 1, kappa: 1, alpha: 1 });
    expect(threat).toMatchObject({ exactF1: 0, overlapF1: 1 });
    expect(threat!.kappa).toBeCloseTo(0.72, 3);
    expect(threat!.alpha).toBeCloseTo(0.804, 3);
    const [pair] = pairRows(report.project);
    expect(pair).toMatchObject({ name: 'ana ~ ben', exactF1: 0.5, overlapF1: 1 });
    expect(pair!.kappa).toBeCloseTo(211 / 274, 12);
  });
});

describe('agreementReportCsv', () => {
  it('writes one row per label, pair and document, formula-safe', () => {
    const lines = agreementReportCsv(report).split('\r\n');
    expect(lines[0]).toBe('table,name,exact_f1,overlap_f1,kappa,alpha_u');
    expect(lines[1]).toBe('label,demand,1,1,1,1');
    expect(lines[3]).toMatch(/^pair,ana ~ ben,0\.5,1,0\.77\d+,$/);
    expect(lines[4]).toMatch(/^document,'=doc<1>,0\.5,1,/);
    expect(lines.at(-1)).toBe('');
  });
});

describe('agreementReportHtml', () => {
  it('is self-contained: no scripts, no links out, names escaped', () => {
    const html = agreementReportHtml(report, {
      projectName: 'Talks <&> "2026"',
      generatedAt: '2026-11-27T10:00:00.000Z',
    });
    expect(html).toContain('<title>Agreement — Talks &lt;&amp;&gt; &quot;2026&quot;</title>');
    expect(html).toContain('=doc&lt;1&gt;');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain('<svg');
    expect(html).toContain('<td>0.770</td>');
  });

  it('escapes every HTML-special character', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
