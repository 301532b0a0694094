// A trie of every alias in the knowledge base, built once, scanned once per text: at each start
// position it walks the trie and keeps the longest alias that ends on a word boundary. Separators
// (space, hyphen, underscore) are one character to it, so `GPT-4o 0513` and `GPT-4o-0513` meet.
import { isAsciiAlnum, isHangul } from '../numbers/characters';

export interface AliasTarget {
  kind: 'company' | 'model' | 'metric';
  id: string;
  /** Matched only when the report also names the entity (or its developer) another way. */
  weak: boolean;
  /** Short or all-capital aliases (`MS`, `AMD`) must match letter case exactly. */
  caseSensitive: boolean;
  alias: string;
}

export interface AliasMatch {
  start: number;
  end: number;
  targets: AliasTarget[];
}

interface Node {
  next: Map<number, Node>;
  targets?: AliasTarget[];
}

const separator = 45; // '-'

function normalizedCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 32 || c === 95 || c === 0xa0 || c === 0x2010 || c === 0x2011) return separator;
  return c;
}

/** The trie key of an alias: lower-case ASCII, separators folded and collapsed, trimmed. */
export function aliasKey(alias: string): string {
  let key = '';
  for (const ch of alias.trim()) {
    const c = normalizedCode(ch.charCodeAt(0));
    if (c === separator && (key.length === 0 || key.endsWith('-'))) continue;
    key += c === separator ? '-' : ch.length === 1 ? String.fromCharCode(c) : ch;
  }
  return key.replace(/-+$/, '');
}

/**
 * Particles and suffixes that may follow a Korean name without making it another word:
 * 엔비디아는, SK하이닉스의, 삼성전자가, 엔비디아향, 알리바바와.
 */
const koreanSuffixes = [
  '으로', '에서', '에게', '보다', '까지', '부터', '처럼', '대비', '이나', '이랑', '한테', '에는', '와의', '과의', '에도', '만의', '로서', '로부터',
  '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '로', '만', '향', '측', '및', '등', '나', '랑', '께', '사', '발', '산', '과',
];

function koreanSuffixAt(text: string, at: number): boolean {
  return koreanSuffixes.some((s) => text.startsWith(s, at));
}

export class AliasTrie {
  private readonly root: Node = { next: new Map() };
  size = 0;

  add(alias: string, target: Omit<AliasTarget, 'alias' | 'caseSensitive'> & { caseSensitive?: boolean }): void {
    const key = aliasKey(alias);
    if (key.length === 0) return;
    let node = this.root;
    for (const ch of key) {
      const c = ch.charCodeAt(0);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    const caseSensitive = target.caseSensitive ?? (/^[A-Z0-9&.]{1,5}$/.test(alias.trim()) || alias.trim().length <= 2);
    node.targets ??= [];
    if (!node.targets.some((t) => t.id === target.id && t.kind === target.kind)) {
      node.targets.push({ ...target, caseSensitive, alias: alias.trim() });
      this.size++;
    }
  }

  /** Every longest, non-overlapping alias occurrence in `text`, left to right. */
  scan(text: string): AliasMatch[] {
    const found: AliasMatch[] = [];
    const n = text.length;
    for (let i = 0; i < n; i++) {
      if (!this.canStart(text, i)) continue;
      let node: Node | undefined = this.root;
      let j = i;
      let best: AliasMatch | undefined;
      let previousWasSeparator = false;
      while (j < n && node) {
        const c = normalizedCode(text.charCodeAt(j));
        if (c === separator) {
          if (previousWasSeparator) {
            j++;
            continue;
          }
          previousWasSeparator = true;
        } else {
          previousWasSeparator = false;
        }
        node = node.next.get(c);
        j++;
        if (node?.targets && this.canEnd(text, j)) {
          const targets = node.targets.filter((t) => !t.caseSensitive || sameCase(text.slice(i, j), t.alias));
          if (targets.length > 0) best = { start: i, end: j, targets };
        }
      }
      if (best) {
        found.push(best);
        i = best.end - 1;
      }
    }
    return found;
  }

  private canStart(text: string, i: number): boolean {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10) return false;
    if (i === 0) return true;
    const prev = text.charCodeAt(i - 1);
    if (isAsciiAlnum(prev)) return false;
    if (isHangul(prev) && isHangul(c)) return false;
    return true;
  }

  private canEnd(text: string, end: number): boolean {
    if (end >= text.length) return true;
    const last = text.charCodeAt(end - 1);
    const next = text.charCodeAt(end);
    if (isAsciiAlnum(last)) {
      if (isAsciiAlnum(next)) return false;
      // `GPT-4o` is not a match inside `GPT-4o-mini` or `GPT-4.5`.
      if ((next === 45 || next === 46 || next === 95) && isAsciiAlnum(text.charCodeAt(end + 1))) return false;
      return true;
    }
    if (isHangul(last) && isHangul(next)) return koreanSuffixAt(text, end);
    return true;
  }
}

function sameCase(written: string, alias: string): boolean {
  return aliasKeyKeepingCase(written) === aliasKeyKeepingCase(alias);
}

function aliasKeyKeepingCase(s: string): string {
  return s.trim().replace(/[\s_\u00a0\u2010\u2011-]+/g, '-');
}
