// Semantic tokens for entities: one token type per kind, so themes can colour tickers, companies,
// models and metrics apart. Encoded as LSP's relative five-integer groups.
import type { EntityMention } from '../entities/recogniseEntities';

export const semanticTokenLegend = { tokenTypes: ['ticker', 'company', 'model', 'metric'], tokenModifiers: [] as string[] };

export function provideSemanticTokens(mentions: EntityMention[]): number[] {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const m of mentions) {
    if (m.range.start.line !== m.range.end.line) continue;
    const deltaLine = m.range.start.line - line;
    const deltaStart = deltaLine === 0 ? m.range.start.character - character : m.range.start.character;
    data.push(deltaLine, deltaStart, m.range.end.character - m.range.start.character, semanticTokenLegend.tokenTypes.indexOf(m.kind), 0);
    line = m.range.start.line;
    character = m.range.start.character;
  }
  return data;
}
