// Items sorted by `start` (numbers, mentions) that lie inside a span, found by binary search: the
// fact extractor and the rules ask this for every block, sentence and cell.

/** How many items (sorted by `start`) start at or before `offset`: the last of them is at that count − 1. */
export function countStartingBy(sorted: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].start <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

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

/**
 * The items (sorted by `start`) that no container (sorted by `start`) holds whole, in one merge of
 * the two lists: asking every container for every item is quadratic in a paragraph that is one
 * endless line.
 */
export function notInside<T extends { start: number; end: number }>(items: readonly T[], containers: readonly { start: number; end: number }[]): T[] {
  const out: T[] = [];
  let next = 0;
  // The furthest end among the containers that start at or before the item: one of them holds it
  // exactly when that end reaches the item's end.
  let reach = -Infinity;
  for (const item of items) {
    while (next < containers.length && containers[next].start <= item.start) reach = Math.max(reach, containers[next++].end);
    if (reach < item.end) out.push(item);
  }
  return out;
}
