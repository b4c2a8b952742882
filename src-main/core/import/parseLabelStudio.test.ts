import { describe, expect, it } from 'vitest';
import { parseLabelStudio } from './parseLabelStudio';

// The first text is the one from HumanSignal/label-studio#1347: "annotation" is 12..22 in code points.
const tasks = [
  {
    id: 7,
    data: { text: '💩This is an annotation. Кремль' },
    annotations: [
      {
        completed_by: { email: 'a@example.org' },
        result: [
          {
            id: 'r1',
            from_name: 'label',
            to_name: 'text',
            type: 'labels',
            value: { start: 12, end: 22, text: 'annotation', labels: ['demand'] },
            meta: { text: ['check'] },
          },
          {
            id: 'r1',
            from_name: 'modality',
            to_name: 'text',
            type: 'choices',
            value: { start: 12, end: 22, choices: ['asserted'] },
          },
          {
            id: 'r2',
            from_name: 'label',
            to_name: 'text',
            type: 'labels',
            value: { start: 24, end: 30, text: 'Кремль', labels: ['denial', 'threat'] },
          },
          {
            id: 'r3',
            from_name: 'sentiment',
            to_name: 'text',
            type: 'choices',
            value: { choices: ['positive'] },
          },
        ],
      },
    ],
  },
  {
    id: 8,
    data: { text: '😀 old offsets' },
    annotations: [
      {
        completed_by: 3,
        result: [
          {
            id: 'x',
            from_name: 'label',
            to_name: 'text',
            type: 'labels',
            value: { start: 3, end: 6, text: 'old', labels: ['offer'] },
          },
        ],
      },
    ],
  },
  { id: 9, data: { text: 'no annotations' } },
  'not a task',
];

describe('parseLabelStudio', () => {
  it('reads a hand-written export', () => {
    const { documents, problems } = parseLabelStudio(JSON.stringify(tasks, null, 2));
    expect(documents).toEqual([
      {
        sourceId: '7',
        text: '💩This is an annotation. Кремль',
        annotator: 'a@example.org',
        spans: [
          {
            start: 12,
            end: 22,
            label: 'demand',
            text: 'annotation',
            note: 'check',
            attributes: { modality: 'asserted' },
          },
          { start: 24, end: 30, label: 'denial', text: 'Кремль' },
          { start: 24, end: 30, label: 'threat', text: 'Кремль' },
        ],
      },
      {
        sourceId: '8',
        text: '😀 old offsets',
        annotator: '3',
        spans: [{ start: 2, end: 5, label: 'offer', text: 'old' }],
      },
      { sourceId: '9', text: 'no annotations', spans: [] },
    ]);
    expect(problems.map((problem) => problem.path)).toEqual([
      '$[0].annotations[0].result[3]',
      '$[1].annotations[0].result[0].value',
      '$[3]',
    ]);
    expect(problems[1]!.message).toMatch(/UTF-16/);
  });
});
