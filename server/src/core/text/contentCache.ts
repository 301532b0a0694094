// Results computed from a piece of text alone (the numbers in a paragraph, the names in a cell),
// kept by the text itself: after an edit only the blocks whose text changed are read again.
// Bounded in entries and in the text they are kept by: when full, it starts over rather than
// growing with every edit (each keystroke in a 1 MB paragraph is a new 1 MB key, with its results).
// A kept key is a copy of the text it was given: a block's text is cut from its report's, and V8
// keeps a substring as a view of the whole string it was cut from (V8 issue 2869), so one 60-character
// key would keep a closed report's whole text alive for as long as the entry lives.

// The module-level caches of other shapes, for the life of the process.
const registered = new Set<{ clear(): void }>();
// Every ContentCache, held weakly: a cache made for one knowledge index (recogniseEntities.ts) goes
// when that index does, instead of being kept full here after the user's knowledge base changed.
const instances = new Set<WeakRef<ContentCache<unknown>>>();

/** Adds a cache of another shape (parsed trees) to what `clearContentCaches` empties. */
export function registerContentCache(cache: { clear(): void }): void {
  registered.add(cache);
}

/** The ContentCaches still in use, forgetting those collected. */
function liveInstances(): ContentCache<unknown>[] {
  const live: ContentCache<unknown>[] = [];
  for (const ref of instances) {
    const cache = ref.deref();
    if (cache) live.push(cache);
    else instances.delete(ref);
  }
  return live;
}

/** Forgets every cached result: for measuring a cold analysis, and for tests. */
export function clearContentCaches(): void {
  for (const cache of registered) cache.clear();
  for (const cache of liveInstances()) cache.clear();
}

export class ContentCache<T> {
  private readonly entries = new Map<string, T>();
  private keptChars = 0;

  /**
   * At most `limit` entries, kept by at most `maxChars` characters of text in all. Half a million
   * characters hold the blocks of some ten reports the size of the seeds, twice what the block cache
   * keeps (model/chunkItems.ts), which serves an unchanged block before these are asked; an entry
   * costs about 30 bytes of heap per character of its key (the key and the results read from it), so
   * a full cache stays near 15 MB. With two million, the server's heap still rose over 2,000 reports
   * opened and closed (+2 MB per 1,000) as six caches filled; with half a million it is flat.
   */
  constructor(private readonly limit = 20000, private readonly maxChars = 512 * 1024) {
    if (instances.size >= 64) liveInstances();
    instances.add(new WeakRef(this));
  }

  clear(): void {
    this.entries.clear();
    this.keptChars = 0;
  }

  /** Characters of text the entries are kept by. */
  get chars(): number {
    return this.keptChars;
  }

  /**
   * The value kept for `key`, else `compute(text)` kept. `text` is the key's own copy: compute from
   * it, not from the caller's string, so that substrings of it in the value (the text of a number)
   * do not keep the caller's whole text either.
   */
  get(key: string, compute: (text: string) => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    // A text larger than the whole budget is read each time rather than kept.
    if (key.length > this.maxChars) return compute(key);
    const own = ownCopy(key);
    const value = compute(own);
    if (this.entries.size >= this.limit || this.keptChars + own.length > this.maxChars) this.clear();
    this.entries.set(own, value);
    this.keptChars += own.length;
    return value;
  }
}

/** Characters of text all caches are kept by: for measuring memory, and for tests. */
export function contentCacheChars(): number {
  let chars = 0;
  for (const cache of liveInstances()) chars += cache.chars;
  return chars;
}

/**
 * The text as a string of its own, sharing no memory with a longer string it may have been cut from.
 * Prepending a character makes a new string that slicing must flatten into fresh memory; the slice
 * of that shares only the copy (one character longer than the text).
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}
