// The prose rules read sentence by sentence, each with the numbers of its paragraph.
import type { NumberInReport } from '../numbers/reportNumbers';
import type { Sentence, TextBlock } from '../model/reportModel';
import { within } from '../text/spans';
import type { RuleContext } from './ruleTypes';

export function forEachSentence(context: RuleContext, visit: (sentence: Sentence, inBlock: NumberInReport[], block: TextBlock) => void): void {
  for (const block of context.model.blocks) {
    const inBlock = within(context.numbers, block.start, block.end);
    for (const sentence of block.sentences) visit(sentence, inBlock, block);
  }
}
