/**
 * Pipeline step: assembles the Article: images (lead image first), attachments, the clean HTML
 * (written through THE sanitizer's builders, `safeElement` / `safeText`), the plain text laid out
 * by `layoutArticleText`, and references.
 */
import type { Article, ArticleImage, Block, CmsFamily, RemovedItem } from '../types';
import { findReferences } from '../references/find-references';
import { joinSafe, NO_SAFE_HTML, safeElement, safeText, type SafeHtml } from '../html/sanitize';
import { layoutArticleText } from './text-layout';
import type { PageMetadata } from './metadata';

const none: readonly (readonly [string, string])[] = [];

function textElement(tag: string, text: string): SafeHtml {
  return safeElement(tag, none, safeText(text));
}

/**
 * A block's HTML, written through the sanitizer's builders. A paragraph's inline HTML was written
 * by them too (`blocks.ts` is its only author), so nothing here is parsed again.
 */
function blockHtml(block: Block): SafeHtml {
  switch (block.type) {
    case 'heading':
      return textElement(`h${block.level}`, block.text);
    case 'paragraph':
      return safeElement('p', none, block.html as SafeHtml);
    case 'quote':
      return safeElement('blockquote', none, textElement('p', block.text));
    case 'list':
      return safeElement(
        block.ordered ? 'ol' : 'ul',
        none,
        joinSafe(block.items.map((item) => textElement('li', item))),
      );
    case 'table':
      return safeElement(
        'table',
        none,
        safeElement(
          'tbody',
          none,
          joinSafe(
            block.rows.map((row) =>
              safeElement('tr', none, joinSafe(row.map((cell) => textElement('td', cell)))),
            ),
          ),
        ),
      );
    case 'figure':
      return safeElement(
        'figure',
        none,
        joinSafe([
          safeElement('img', [
            ['src', block.src],
            ['alt', block.alt ?? ''],
          ]),
          block.caption ? textElement('figcaption', block.caption) : NO_SAFE_HTML,
        ]),
      );
  }
}

/**
 * THE definition of `Article.html` from the lead and the blocks, as `layoutArticleText` is of
 * `Article.text`: the archive relies on it to keep records without a second copy of the body.
 * Paragraph blocks carry inline HTML written by the sanitizer's builders and are trusted as such:
 * callers holding blocks from elsewhere must check the result against HTML they already trust.
 */
export function articleHtml(lead: string | null, blocks: readonly Block[]): string {
  return joinSafe(
    [
      lead ? safeElement('p', [['class', 'lead']], textElement('strong', lead)) : NO_SAFE_HTML,
      ...blocks.map(blockHtml),
    ],
    '\n',
  );
}

export interface FinishInput {
  url: string | null;
  cms: CmsFamily;
  metadata: PageMetadata;
  title: string;
  lead: string | null;
  author: string | null;
  source: string | null;
  published: string | null;
  blocks: Block[];
  removed: RemovedItem[];
}

/** Adds an image once per `src`. */
function addImage(images: ArticleImage[], seen: Set<string>, image: ArticleImage): void {
  if (seen.has(image.src)) return;
  seen.add(image.src);
  images.push(image);
}

export function finishArticle(input: FinishInput): Article {
  const { metadata, blocks, lead } = input;
  const images: ArticleImage[] = [];
  const seen = new Set<string>();
  const bodyBlocks = [...blocks];
  if (metadata.leadImage) {
    addImage(images, seen, metadata.leadImage);
    const { src, caption, alt } = metadata.leadImage;
    // The lead image leads the body too, so the reader shows it where the page did.
    if (!blocks.some((block) => block.type === 'figure' && block.src === src)) {
      bodyBlocks.unshift({ type: 'figure', src, caption, alt });
    }
  }
  const finalBlocks = bodyBlocks.filter((block) => {
    if (block.type !== 'figure') return true;
    if (seen.has(block.src) && block.src !== metadata.leadImage?.src) return false;
    addImage(images, seen, { src: block.src, caption: block.caption, alt: block.alt });
    return true;
  });
  const layout = layoutArticleText(lead, finalBlocks);
  const html = articleHtml(lead, finalBlocks);
  return {
    url: input.url,
    canonicalUrl: metadata.canonicalUrl,
    siteName: metadata.siteName,
    cms: input.cms,
    title: input.title,
    published: input.published,
    modified: metadata.modified,
    author: input.author,
    source: input.source,
    lead,
    blocks: finalBlocks,
    html,
    text: layout.text,
    images,
    attachments: metadata.attachments,
    tags: metadata.tags,
    lang: metadata.lang,
    references: findReferences(layout.text),
    removed: input.removed,
  };
}
