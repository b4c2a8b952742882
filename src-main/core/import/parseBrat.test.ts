import { describe, expect, it } from 'vitest';
import { parseBrat } from './parseBrat';

const text = 'Moscow demanded guarantees.\nKyiv refused 🕊️ talks.';
const annotations = [
  'T1\tdemand 7 26\tdemanded guarantees',
  'T2\tdenial 28 40\tKyiv refused',
  'T3\toffer 16 26;28 32\tguarantees Kyiv',
  'T4\tthreat 41 49\t🕊️ talks',
  'A1\tmodality T1 conditional',
  'A2\tNegation T2',
  '#1\tAnnotatorNotes T1\tsource=Russia; speaker=Lavrov; said twice',
  'R1\tTarget Arg1:T1 Arg2:T2',
  'E1\tAttack:T2',
  'T5\tbad 1',
  'A3\tmodality T9 asserted',
  'no tab here',
  'T6\toffer 40 999\tx',
  '',
].join('\r\n');

describe('parseBrat', () => {
  it('reads a hand-written .ann with its .txt', () => {
    const { documents, problems } = parseBrat({ annotations, text, sourceId: 'reuters-1' });
    expect(documents).toEqual([
      {
        sourceId: 'reuters-1',
        text,
        spans: [
          {
            start: 7,
            end: 26,
            label: 'demand',
            text: 'demanded guarantees',
            attributes: { modality: 'conditional', source: 'Russia', speaker: 'Lavrov' },
            note: 'said twice',
          },
          {
            start: 28,
            end: 40,
            label: 'denial',
            text: 'Kyiv refused',
            attributes: { Negation: true },
          },
          { start: 16, end: 32, label: 'offer', text: 'guarantees.\nKyiv' },
          { start: 41, end: 49, label: 'threat', text: '🕊️ talks' },
        ],
      },
    ]);
    expect(problems.map((problem) => problem.path).sort()).toEqual(
      ['line 3', 'line 8', 'line 9', 'line 10', 'line 11', 'line 12', 'line 13'].sort(),
    );
    expect(problems.find((problem) => problem.path === 'line 3')?.message).toMatch(/discontinuous/);
  });

  it('keeps the stated text when there is no .txt', () => {
    const { documents } = parseBrat({ annotations: 'T1\tdemand 7 26\tdemanded guarantees\n' });
    expect(documents[0]!.spans).toEqual([
      { start: 7, end: 26, label: 'demand', text: 'demanded guarantees' },
    ]);
  });
});
