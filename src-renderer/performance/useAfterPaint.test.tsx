import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from './useAfterPaint';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Shown({ value }: { value: string }) {
  return <p>{useAfterPaint(value)}</p>;
}

describe('useAfterPaint', () => {
  it('shows a change only after the next frame and the task after it', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    const { rerender } = render(<Shown value="before" />);
    rerender(<Shown value="after" />);
    expect(screen.getByText('before')).toBeTruthy();

    await act(async () => {
      frames.shift()!(performance.now());
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByText('after')).toBeTruthy();
  });

  it('skips values replaced before they were shown', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    const { rerender } = render(<Shown value="one" />);
    rerender(<Shown value="two" />);
    rerender(<Shown value="three" />);

    await act(async () => {
      for (const frame of frames.splice(0)) frame(performance.now());
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByText('three')).toBeTruthy();
    expect(screen.queryByText('two')).toBeNull();
  });
});
