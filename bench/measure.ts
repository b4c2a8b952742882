/** What one benchmark reports: a figure, the baseline measured in the same run, and the target. */
export interface BenchmarkRow {
  name: string;
  figure: string;
  baseline: string;
  /** figure ÷ baseline, or whatever ratio the target is stated in. */
  ratio: number;
  /** The target, as a sentence about the ratio, e.g. "≤ 3". */
  target: string;
  met: boolean;
}

/** Median of `runs` timings of `work` in milliseconds (after one warm-up run). */
export async function medianMilliseconds(
  runs: number,
  work: () => unknown | Promise<unknown>,
): Promise<number> {
  await work();
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)]!;
}

export function milliseconds(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}
