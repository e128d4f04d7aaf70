/**
 * The value axis of the pane's own bar charts: a domain that always includes zero (bars start
 * there), round tick values, and positions in percent of the plot width.
 */

export interface ValueScale {
  min: number;
  max: number;
  ticks: number[];
  /** Position of a value from the left edge, 0–100. */
  at(value: number): number;
}

/** 1, 2 or 5 times a power of ten, the smallest such step giving at most `count` intervals. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-12);
  return step ?? 10 * power;
}

export function valueScale(values: readonly number[], tickCount = 4): ValueScale {
  const finite = values.filter(Number.isFinite);
  let lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  // All zero (or nothing known): an empty span would divide by zero; show −1 to 1 around the zero line.
  if (hi - lo === 0) {
    lo = -1;
    hi = 1;
  }
  const step = niceStep(hi - lo, tickCount);
  const min = Math.floor(lo / step + 1e-9) * step;
  const max = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  // Rounded so 0.1 + 0.2 steps print as 0,3 and not 0,30000000000000004.
  for (let i = 0; min + i * step <= max + step * 1e-9; i++) ticks.push(Math.round((min + i * step) * 1e9) / 1e9);
  return { min, max, ticks, at: (v) => ((v - min) / (max - min)) * 100 };
}
