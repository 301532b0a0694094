// Results computed from a piece of text alone (the numbers in a paragraph, the names in a cell),
// kept by the text itself: after an edit only the blocks whose text changed are read again.
// Bounded: when full, it starts over rather than growing with every edit.

const all = new Set<{ clear(): void }>();

/** Adds a cache of another shape (parsed trees) to what `clearContentCaches` empties. */
export function registerContentCache(cache: { clear(): void }): void {
  all.add(cache);
}

/** Forgets every cached result: for measuring a cold analysis, and for tests. */
export function clearContentCaches(): void {
  for (const cache of all) cache.clear();
}

export class ContentCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly limit = 20000) {
    all.add(this);
  }

  clear(): void {
    this.entries.clear();
  }

  get(key: string, compute: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
