import type { MappedText } from '../text/mappedText';
import { sourceEnd, sourceStart } from '../text/mappedText';
import type { Sentence } from './reportModel';

// Abbreviations whose period does not end a sentence.
const abbreviations = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|Fig|No|Inc|Ltd|Co|Corp|Jr|Sr|Dr|Mr|Ms|St|U\.S|approx|ca|cf|al|Vol|pp|p)\.$/i;

/**
 * Splits a block's text into sentences: after `.`, `?`, `!`, `。` followed by a space or the end,
 * except after an abbreviation, a single capital (`A. I.`) or inside a number (`5.5`). Korean
 * sentences end the same way (`…했다.`, `…전망.`); line breaks inside a paragraph do not end one.
 */
export function splitSentences(content: MappedText): Sentence[] {
  const { text } = content;
  const sentences: Sentence[] = [];
  let begin = 0;
  const emit = (end: number) => {
    let s = begin;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) sentences.push({ text: text.slice(s, e), textStart: s, start: sourceStart(content, s), end: sourceEnd(content, e) });
    begin = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '?' && c !== '!' && c !== '。' && c !== '！' && c !== '？') continue;
    let j = i + 1;
    while (j < text.length && /["'”’)\]」』*]/.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    if (c === '.') {
      const head = text.slice(Math.max(begin, i - 12), i + 1);
      if (abbreviations.test(head)) continue;
      if (/(?:^|[\s(])[A-Z]\.$/.test(head)) continue;
    }
    emit(j);
  }
  emit(text.length);
  return sentences;
}
