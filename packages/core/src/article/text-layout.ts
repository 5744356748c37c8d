import type { Block } from '../types';

/**
 * The one definition of how an article's plain `text` is laid out from its lead and blocks.
 *
 * `Article.text`, reference offsets (`Reference.start/end` in `article.references`) and
 * highlight anchors (TextPositionSelector) all use this coordinate space, so the reader can map
 * any offset back to the block that shows it. Blocks are separated by one blank line; a list's
 * items and a table's rows by one line break; table cells by a tab. Figures add no text (their
 * captions are shown but are not part of the article's running text).
 */
export interface TextSegment {
  /** Index into `blocks`, or -1 for the lead. */
  blockIndex: number;
  /** UTF-16 offsets of this block's text in the laid-out `text`. */
  start: number;
  end: number;
}

export interface TextLayout {
  text: string;
  segments: TextSegment[];
}

export const BLOCK_SEPARATOR = '\n\n';

/** The running text of one block, as it appears in `Article.text` (null: the block adds none). */
export function blockText(block: Block): string | null {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'table':
      return block.rows.map((row) => row.join('\t')).join('\n');
    case 'figure':
      return null;
  }
}

export function layoutArticleText(lead: string | null, blocks: readonly Block[]): TextLayout {
  const layout: TextLayout = { text: '', segments: [] };
  const parts: string[] = [];
  let offset = addPart(parts, layout.segments, 0, -1, lead);
  for (let index = 0; index < blocks.length; index++)
    offset = addPart(parts, layout.segments, offset, index, blockText(blocks[index] as Block));
  layout.text = parts.join(BLOCK_SEPARATOR);
  return layout;
}

/** Appends one block's text (none when empty) at `offset`; returns the offset after it. */
function addPart(
  parts: string[],
  segments: TextSegment[],
  offset: number,
  blockIndex: number,
  value: string | null,
): number {
  if (value === null || value === '') return offset;
  const start = parts.length > 0 ? offset + BLOCK_SEPARATOR.length : offset;
  segments.push({ blockIndex, start, end: start + value.length });
  parts.push(value);
  return start + value.length;
}
