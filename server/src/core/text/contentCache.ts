// Results computed from a piece of text alone (the numbers in a paragraph, the names in a cell),
// kept by the text itself: after an edit only the blocks whose text changed are read again.
// Bounded in entries and in the text they are kept by: when full, it starts over rather than
// growing with every edit (each keystroke in a 1 MB paragraph is a new 1 MB key, with its results).

const all = new Set<{ clear(): void }>();

/**
 * The text as a string of its own. A slice of a string keeps the whole string it was cut from
 * alive (V8 makes a long slice a view into its parent), so a block's text cut from one version of
 * a report, kept as a cache key or parsed into cached items, would keep that whole version: a
 * hundred keystrokes in one paragraph would keep a hundred copies of the report. Prepending a
 * character makes a new string that flattening copies, and the slice after it is a view of that
 * copy only.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}

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
  private keptChars = 0;

  /**
   * At most `limit` entries, kept by at most `maxChars` characters of text in all. Two million
   * characters hold the blocks of some forty reports the size of the seeds; an entry costs about 30
   * bytes of heap per character of its key (the key and the results read from it), so a full cache
   * stays near 60 MB.
   */
  constructor(private readonly limit = 20000, private readonly maxChars = 2 * 1024 * 1024) {
    all.add(this);
  }

  clear(): void {
    this.entries.clear();
    this.keptChars = 0;
  }

  /** Characters of text the entries are kept by. */
  get chars(): number {
    return this.keptChars;
  }

  get(key: string, compute: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    // A text larger than the whole budget is read each time rather than kept.
    if (key.length > this.maxChars) return value;
    if (this.entries.size >= this.limit || this.keptChars + key.length > this.maxChars) this.clear();
    // Kept by a copy: the key may be cut from a whole report (see `detached`).
    this.entries.set(detached(key), value);
    this.keptChars += key.length;
    return value;
  }
}

/** Characters of text all caches are kept by: for measuring memory, and for tests. */
export function contentCacheChars(): number {
  let chars = 0;
  for (const cache of all) if (cache instanceof ContentCache) chars += cache.chars;
  return chars;
}
