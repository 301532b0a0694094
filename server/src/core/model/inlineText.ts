import type { Nodes, PhrasingContent } from 'mdast';
import { MappedTextBuilder, alignValueToSource, cleanRawInline, type MappedText } from '../text/mappedText';

/**
 * The readable text of an mdast block's inline content (a paragraph, a heading, a table cell), with
 * each character's source offset. Link targets, image URLs and emphasis markers are not text;
 * inline HTML (`<br>`, `<ul><li>` in cells) is dropped, block-ish tags becoming a space.
 */
export function inlineText(source: string, node: Nodes, fallbackStart: number, fallbackEnd: number): MappedText {
  const builder = new MappedTextBuilder();
  appendChildren(source, node, builder);
  return builder.build(node.position?.end.offset ?? fallbackEnd ?? fallbackStart);
}

function appendChildren(source: string, node: Nodes, builder: MappedTextBuilder): void {
  if (!('children' in node)) return;
  for (const child of node.children as PhrasingContent[]) appendInline(source, child, builder);
}

function appendInline(source: string, node: PhrasingContent, builder: MappedTextBuilder): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  switch (node.type) {
    case 'text': {
      if (start === undefined || end === undefined) return;
      builder.pushMapped(node.value, alignValueToSource(node.value, source.slice(start, end), start));
      return;
    }
    case 'inlineCode': {
      if (start === undefined || end === undefined) return;
      const slice = source.slice(start, end);
      const at = Math.max(0, slice.indexOf(node.value));
      builder.pushMapped(node.value, alignValueToSource(node.value, slice.slice(at), start + at));
      return;
    }
    case 'html': {
      if (start === undefined || end === undefined) return;
      cleanRawInline(source.slice(start, end), start, builder);
      return;
    }
    case 'break':
      if (start !== undefined) builder.pushSeparator('\n', start);
      return;
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return;
    default:
      appendChildren(source, node, builder);
  }
}
