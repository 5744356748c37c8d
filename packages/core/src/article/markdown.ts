/**
 * Markdown rendering of article blocks, shared by the CLI (`govclip extract --format md`) and the
 * archive's Obsidian-compatible export, so both escape and lay out the same way.
 */
import type { Block } from '../types';

/**
 * Characters that Markdown (CommonMark + GFM + Obsidian: `#tag`, `==mark==`, `$math$`) would
 * read as syntax inside a line.
 */
const INLINE_SYNTAX = /[\\`*_[\]<>|~=$#]/gu;
/** Line starts that would turn a paragraph into a list or a rule (`#`, `>` are escaped inline). */
const BULLET_START = /^(\s*)([-+*])(?=\s|$)/u;
const ORDERED_START = /^(\s*\d+)([.)])(?=\s|$)/u;

/** Escapes article text so it shows as written, not as Markdown. */
export function escapeMarkdown(text: string): string {
  return text
    .normalize('NFC')
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE_SYNTAX, '\\$&')
        .replace(BULLET_START, '$1\\$2')
        .replace(ORDERED_START, '$1\\$2'),
    )
    .join('\n');
}

/** Prefixes every line with `> ` (empty lines with `>`), so multi-line text stays one quote. */
export function quoteMarkdownLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function tableCell(text: string): string {
  return escapeMarkdown(text).replace(/\n/gu, '<br>');
}

/**
 * One block as Markdown, or null when it renders to nothing. `imageTarget` turns a figure's
 * `src` into a link target (a relative path, an encoded URL) or null to show only the caption.
 * The article title is the only level-1 heading, so body headings start at level 2.
 */
export function blockToMarkdown(
  block: Block,
  imageTarget: (src: string) => string | null,
): string | null {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(Math.max(2, block.level))} ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return escapeMarkdown(block.text);
    case 'quote':
      return quoteMarkdownLines(escapeMarkdown(block.text));
    case 'list':
      return block.items
        .map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${escapeMarkdown(item)}`)
        .join('\n');
    case 'table': {
      const [header, ...rows] = block.rows;
      if (header === undefined) return null;
      const width = Math.max(...block.rows.map((row) => row.length));
      const pad = (row: string[]) => [...row, ...Array<string>(width - row.length).fill('')];
      const line = (row: string[]) => `| ${pad(row).map(tableCell).join(' | ')} |`;
      return [line(header), `|${' --- |'.repeat(width)}`, ...rows.map(line)].join('\n');
    }
    case 'figure': {
      const target = imageTarget(block.src);
      const caption = block.caption ? `*${escapeMarkdown(block.caption)}*` : null;
      if (target === null) return caption;
      const image = `![${escapeMarkdown(block.alt ?? block.caption ?? '')}](${target})`;
      return caption ? `${image}\n${caption}` : image;
    }
  }
}
