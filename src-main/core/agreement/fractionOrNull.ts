/** `numerator / denominator`, or null when the denominator is 0 (the figure is undefined). */
export function fractionOrNull(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
