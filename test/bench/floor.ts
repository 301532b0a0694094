// The floor every Tickmark figure is compared with: remark-parse with remark-gfm, as a plugin user
// would configure it, on the same text. Not Tickmark's own parser (model/parseMarkdown.ts), which
// leaves out GFM's autolink literals: the floor must not move when Tickmark's parsing does.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

const withGfm = unified().use(remarkParse).use(remarkGfm);
const commonMarkOnly = unified().use(remarkParse);

/** remark-parse + remark-gfm: the floor. */
export function remarkParseWithGfm(text: string): unknown {
  return withGfm.parse(text);
}

/** remark-parse without any extension (no tables): printed beside the floor, for reference. */
export function remarkParseAlone(text: string): unknown {
  return commonMarkOnly.parse(text);
}
