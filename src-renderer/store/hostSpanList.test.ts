import { describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { HostSpanList, type SpansToSend } from './hostSpanList';

const span = (id: string, label = 'demand'): Annotation => ({
  id,
  label,
  start: 0,
  end: 1,
  text: 'x',
});
const owner = { documentId: '288', annotator: 'alice' };

describe('HostSpanList', () => {
  it('sends changes to the held list of the same owner, and the whole list otherwise', () => {
    const list = new HostSpanList();
    const [a, b] = [span('a'), span('b')];
    expect(list.spansFor(owner, [a])).toEqual({ annotations: [a] });

    list.hold(owner, [a, b], 'list-1');
    const edited = span('b', 'threat');
    expect(list.spansFor(owner, [a, edited])).toEqual({
      changesSince: { listId: 'list-1', removedIds: [], upserted: [edited] },
    });
    expect(list.spansFor({ ...owner, annotator: 'bob' }, [a])).toEqual({ annotations: [a] });
    expect(list.spansFor({ ...owner, documentId: '517' }, [a])).toEqual({ annotations: [a] });
    // An order changes cannot express.
    expect(list.spansFor(owner, [b, a])).toEqual({ annotations: [b, a] });

    list.hold(owner, [a], undefined);
    expect(list.spansFor(owner, [a])).toEqual({ annotations: [a] });
  });

  it('sends the whole list once more when the host no longer holds the base', async () => {
    const list = new HostSpanList();
    const a = span('a');
    list.hold(owner, [a], 'list-1');
    const send = vi.fn(async (spans: SpansToSend) =>
      'changesSince' in spans
        ? { outcome: 'base-unknown' as const }
        : { outcome: 'written' as const, spanListId: 'list-2' },
    );

    const result = await list.send(owner, [a, span('b')], send);

    expect(result).toEqual({ outcome: 'written', spanListId: 'list-2' });
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0]).toEqual({ annotations: [a, span('b')] });
  });

  it('fails rather than loop when the host refuses even the whole list', async () => {
    const list = new HostSpanList();
    const send = vi.fn(async () => ({ outcome: 'base-unknown' as const }));
    await expect(list.send(owner, [span('a')], send)).rejects.toThrow(
      'refused the whole span list',
    );
    expect(send).toHaveBeenCalledTimes(1);
  });
});
