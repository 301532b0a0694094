// The company or model a section is about: the one its nearest heading names
// (`# SK하이닉스 (000660 KS): 2Q25 실적 리뷰`). Sentences and tables that name no entity of their own
// are about it.
import type { ReportModel } from '../model/reportModel';
import type { EntityMention } from '../entities/recogniseEntities';
import { countStartingBy, within } from '../text/spans';

export function sectionSubjects(model: ReportModel, mentions: EntityMention[]): (offset: number) => string | undefined {
  const headings = model.headings
    .map((h) => ({ start: h.start, entity: within(mentions, h.start, h.end).find((m) => m.kind !== 'metric')?.id }))
    .filter((h) => h.entity !== undefined);
  // The last such heading at or before the offset, by binary search: asked for every table and
  // many numbers, a scan of every heading would make a long report quadratic.
  return (offset) => {
    const count = countStartingBy(headings, offset);
    return count > 0 ? headings[count - 1].entity : undefined;
  };
}
