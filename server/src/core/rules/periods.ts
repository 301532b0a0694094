// The period a YoY or QoQ change compares with: 2025 ← 2024, 2026E ← 2025, 2025-Q2 ← 2024-Q2 (YoY)
// or 2025-Q1 (QoQ). Estimate letters do not change which year a period is.

export function priorPeriod(period: string, growth: 'yoy' | 'qoq'): RegExp | undefined {
  const year = /^(FY)?(\d{4})([EFAP])?$/.exec(period);
  if (year && growth === 'yoy') return new RegExp(`^${year[1] ?? ''}${Number(year[2]) - 1}[EFAP]?$`);
  const quarter = /^(FY)?(\d{4})-Q([1-4])([EFAP])?$/.exec(period);
  if (quarter) {
    const [y, q] = [Number(quarter[2]), Number(quarter[3])];
    const [py, pq] = growth === 'yoy' ? [y - 1, q] : q === 1 ? [y - 1, 4] : [y, q - 1];
    return new RegExp(`^${quarter[1] ?? ''}${py}-Q${pq}[EFAP]?$`);
  }
  const half = /^(\d{4})-H([12])([EFAP])?$/.exec(period);
  if (half && growth === 'yoy') return new RegExp(`^${Number(half[1]) - 1}-H${half[2]}[EFAP]?$`);
  return undefined;
}
