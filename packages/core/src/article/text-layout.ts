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
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let offset = 0;
  const add = (blockIndex: number, value: string | null) => {
    if (value === null || value === '') return;
    if (parts.length > 0) offset += BLOCK_SEPARATOR.length;
    segments.push({ blockIndex, start: offset, end: offset + value.length });
    parts.push(value);
    offset += value.length;
  };
  add(-1, lead);
  blocks.forEach((block, index) => add(index, blockText(block)));
  return { text: parts.join(BLOCK_SEPARATOR), segments };
}
