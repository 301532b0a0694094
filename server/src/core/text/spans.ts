// Items sorted by `start` (numbers, mentions) that lie inside a span, found by binary search: the
// fact extractor and the rules ask this for every block, sentence and cell.

export function within<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].start < start) low = mid + 1;
    else high = mid;
  }
  const out: T[] = [];
  for (let i = low; i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end <= end) out.push(sorted[i]);
  return out;
}
