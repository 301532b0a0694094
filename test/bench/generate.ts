// Generated inputs for the bench: seed variants (a few digits changed, so no two reports are
// identical and the content caches cannot serve a whole report), and one large report made by
// concatenating the seeds. Deterministic: the same PRNG seed gives the same files.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Seed {
  name: string;
  text: string;
}

export function loadSeeds(seedsDir: string): Seed[] {
  return readdirSync(seedsDir).filter((n) => n.endsWith('.md')).sort().map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));
}

/** mulberry32: a small deterministic PRNG in [0, 1). */
export function prng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lastDigits = new Map<string, number[]>();

/** The text with `changes` numbers nudged: the last digit of a randomly chosen digit run, ±1. */
export function vary(text: string, random: () => number, changes = 3): string {
  let ends = lastDigits.get(text);
  if (!ends) {
    ends = [];
    for (const m of text.matchAll(/\d+/g)) ends.push(m.index! + m[0].length - 1);
    lastDigits.set(text, ends);
  }
  if (ends.length === 0) return text;
  const chars = text.split('');
  for (let i = 0; i < changes; i++) {
    const at = ends[Math.floor(random() * ends.length)];
    const digit = Number(chars[at]);
    chars[at] = String(digit === 9 ? 8 : digit + 1);
  }
  return chars.join('');
}

/**
 * Seed variants round-robin over the seeds: `{i}_{seed name}`. Most of a variant's blocks are its
 * seed's (as reports that share boilerplate and tables). `distinct` also ends every block with as
 * many spaces as the variant's number among its seed's variants (1, 2, …), which changes no reading
 * but leaves no block shared between two variants.
 */
export function variants(seeds: Seed[], count: number, random: () => number, distinct = false): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    let text = vary(seed.text, random);
    if (distinct) text = text.replace(/\n\n/g, `${' '.repeat(1 + Math.floor(i / seeds.length))}\n\n`);
    out.push({ name: `${String(i).padStart(4, '0')}_${seed.name}`, text });
  }
  return out;
}

/** One report of at least `bytes` UTF-8 bytes: the seeds' prose and tables, whole, one after another, each varied. */
export function largeReport(seeds: Seed[], bytes: number, random: () => number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = vary(seeds[i % seeds.length].text, random);
    parts.push(part);
    size += Buffer.byteLength(part) + 2;
  }
  return parts.join('\n\n');
}

export function writeReports(dir: string, reports: Array<{ name: string; text: string }>): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const r of reports) {
    writeFileSync(join(dir, r.name), r.text);
    bytes += Buffer.byteLength(r.text);
  }
  return bytes;
}
