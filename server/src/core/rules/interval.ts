// Interval arithmetic (CONSISTENCY.md §3): a computed fact is the interval its inputs' intervals allow.

export interface Interval {
  low: number;
  high: number;
}

export const point = (v: number): Interval => ({ low: v, high: v });
export const add = (a: Interval, b: Interval): Interval => ({ low: a.low + b.low, high: a.high + b.high });
export const sub = (a: Interval, b: Interval): Interval => ({ low: a.low - b.high, high: a.high - b.low });

export function mul(a: Interval, b: Interval): Interval {
  const p = [a.low * b.low, a.low * b.high, a.high * b.low, a.high * b.high];
  return { low: Math.min(...p), high: Math.max(...p) };
}

/** Undefined when the divisor may be zero: nothing can be said then. */
export function div(a: Interval, b: Interval): Interval | undefined {
  if (b.low <= 0 && b.high >= 0) return undefined;
  return mul(a, { low: 1 / b.high, high: 1 / b.low });
}

export const intersects = (a: Interval, b: Interval): boolean => a.low <= b.high && b.low <= a.high;

/**
 * Whether a reported value is consistent with a computed interval, as statcheck decides it: round
 * the computed bounds to the reported precision (never the reported value to the computed one) and
 * see whether the reported value lies between them.
 */
export function consistentWith(reported: number, decimals: number, computed: Interval): boolean {
  const step = Math.pow(10, -decimals);
  const round = (x: number) => Math.round(x / step + 1e-9 * Math.sign(x)) * step;
  const epsilon = step * 1e-6;
  return round(computed.low) - epsilon <= reported && reported <= round(computed.high) + epsilon;
}

/** The value written with `decimals` decimals, the way the report writes numbers. */
export function fixed(value: number, decimals: number): string {
  const rounded = Math.round(value * Math.pow(10, decimals) + 1e-9 * Math.sign(value)) / Math.pow(10, decimals);
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(decimals);
}
