/** Step: the kept lines → lead, blocks (headings, paragraphs, figures), images, and their HTML. */
import type { ArticleImage, Block } from '../types';
import { LONG_PARAGRAPH, isNameLike, looksLikeHeading, sameText } from './classify-line';
import type { CmsGuess } from './cms-signatures';
import { SAPO_SOURCE_TAG } from './text-noise';
import type { Kept, Walk } from './walk-lines';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A short single sentence between two long paragraphs is a photo caption whose image the text
 * extraction lost (`Các vận động viên diễu hành tại lễ khai mạc.`).
 */
export function isOrphanCaption(kept: readonly Kept[], index: number): boolean {
  const item = kept[index];
  const before = kept[index - 1];
  const after = kept[index + 1];
  if (item?.kind !== 'paragraph' || before?.kind !== 'paragraph' || after?.kind !== 'paragraph') {
    return false;
  }
  const text = item.line.text;
  return (
    index >= 2 &&
    text.length <= 110 &&
    /\p{L}\.$/u.test(text) &&
    !/[.!?;:]\s/u.test(text.slice(0, -1)) &&
    !looksLikeHeading(text) &&
    before.line.key.length >= 200 &&
    after.line.key.length >= 200
  );
}

/** Step: kept lines → lead, blocks (headings, paragraphs, figures), images. */
export function shapeBlocks(
  walk: Walk,
  cms: CmsGuess,
  title: string | null,
): { lead: string | null; blocks: Block[]; images: ArticleImage[] } {
  const kept = walk.kept.map((item, index, all): Kept =>
    isOrphanCaption(all, index) && item.kind === 'paragraph'
      ? { kind: 'figure', caption: item.line.text }
      : item,
  );
  let lead: string | null = null;
  const firstIndex = kept.findIndex((item) => item.kind === 'paragraph');
  const first = kept[firstIndex];
  const paragraphCount = kept.filter((item) => item.kind === 'paragraph').length;
  // A sapo is a sentence or more, never a bare name.
  const sapoSized = (text: string) => text.split(' ').length >= 8 && !isNameLike(text);
  if (
    first?.kind === 'paragraph' &&
    paragraphCount >= 2 &&
    !looksLikeHeading(first.line.text) &&
    sapoSized(first.line.text)
  ) {
    const tagged = SAPO_SOURCE_TAG.test(first.line.key);
    const separateSapo = cms.leadIsFirstParagraph && !first.line.fromGluedLine;
    if (tagged || separateSapo) {
      lead = first.line.text;
      kept.splice(firstIndex, 1);
    }
  }
  if (lead !== null && title !== null && sameText(lead, title)) lead = null;

  const blocks: Block[] = [];
  const images: ArticleImage[] = [];
  kept.forEach((item, index) => {
    if (item.kind === 'figure') {
      blocks.push({ type: 'figure', src: '', caption: item.caption, alt: null });
      images.push({ src: '', caption: item.caption, alt: null });
      return;
    }
    const text = item.line.text;
    const next = kept[index + 1];
    const previous = kept[index - 1];
    const beforeLongParagraph =
      next?.kind === 'paragraph' && next.line.key.length >= LONG_PARAGRAPH;
    const shortBridge =
      text.length <= 80 &&
      !/[.;,:!?…]$/u.test(text) &&
      previous?.kind === 'paragraph' &&
      beforeLongParagraph;
    if ((looksLikeHeading(text) && next !== undefined) || shortBridge) {
      blocks.push({
        type: 'heading',
        level: /^\p{Lu}+$/u.test(text.replace(/[^\p{L}]/gu, '')) ? 2 : 3,
        text,
      });
      return;
    }
    blocks.push({ type: 'paragraph', text, html: escapeHtml(text) });
  });
  return { lead, blocks, images };
}

export function renderHtml(lead: string | null, blocks: readonly Block[]): string {
  const parts: string[] = [];
  if (lead !== null) parts.push(`<p class="lead"><strong>${escapeHtml(lead)}</strong></p>`);
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        parts.push(`<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`);
        break;
      case 'paragraph':
        parts.push(`<p>${block.html}</p>`);
        break;
      case 'figure':
        if (block.caption !== null) {
          parts.push(`<figure><figcaption>${escapeHtml(block.caption)}</figcaption></figure>`);
        }
        break;
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        const items = block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('');
        parts.push(`<${tag}>${items}</${tag}>`);
        break;
      }
      case 'table': {
        const rows = block.rows
          .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
          .join('');
        parts.push(`<table><tbody>${rows}</tbody></table>`);
        break;
      }
      case 'quote':
        parts.push(`<blockquote>${escapeHtml(block.text)}</blockquote>`);
        break;
    }
  }
  return parts.join('\n');
}
