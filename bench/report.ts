// Shared helpers for the benchmark reports: statistics and the "target met" marks.

/** Median (upper middle for an even count); NaN for no samples. */
export function median(xs: number[]): number {
  return percentile(xs, 0.5);
}

/** The sample at or just above fraction `p` (0..1) of the sorted samples. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
}

/** "[met: …]" or "[MISSED: …]" beside a figure. */
export function verdict(met: boolean, target: string): string {
  return `[${met ? "met" : "MISSED"}: ${target}]`;
}
