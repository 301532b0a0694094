// How a hover writes numbers back: grouped digits, and the short scale analysts read (671B, 5.576M).

export function grouped(value: number): string {
  const [whole, fraction] = Math.abs(value).toString().includes('e')
    ? [Math.abs(value).toFixed(0), undefined]
    : Math.abs(value).toString().split('.');
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '−' : ''}${digits}${fraction ? `.${fraction}` : ''}`;
}

export function shortScale(value: number): string | undefined {
  const abs = Math.abs(value);
  const steps: Array<[number, string]> = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  for (const [size, suffix] of steps) {
    if (abs >= size) return `${value < 0 ? '−' : ''}${Number((abs / size).toPrecision(4))}${suffix}`;
  }
  return undefined;
}
