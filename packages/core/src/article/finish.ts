/**
 * Pipeline step: assembles the Article: images (lead image first), attachments, the clean HTML
 * (through THE sanitizer), the plain text laid out by `layoutArticleText`, and references.
 */
import type { Article, ArticleImage, Block, CmsFamily, RemovedItem } from '../types';
import { findReferences } from '../references/find-references';
import { sanitizeHtml } from '../html/sanitize';
import { layoutArticleText } from './text-layout';
import type { PageMetadata } from './metadata';

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${block.html}</p>`;
    case 'quote':
      return `<blockquote><p>${escapeHtml(block.text)}</p></blockquote>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return `<table><tbody>${block.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'figure':
      return `<figure><img src="${escapeHtml(block.src)}"${block.alt ? ` alt="${escapeHtml(block.alt)}"` : ' alt=""'}>${
        block.caption ? `<figcaption>${escapeHtml(block.caption)}</figcaption>` : ''
      }</figure>`;
  }
}

export interface FinishInput {
  document: Document;
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

export function finishArticle(input: FinishInput): Article {
  const { metadata, blocks, lead } = input;
  const images: ArticleImage[] = [];
  const seen = new Set<string>();
  const addImage = (image: ArticleImage) => {
    if (seen.has(image.src)) return;
    seen.add(image.src);
    images.push(image);
  };
  const bodyBlocks = [...blocks];
  if (metadata.leadImage) {
    addImage(metadata.leadImage);
    const { src, caption, alt } = metadata.leadImage;
    // The lead image leads the body too, so the reader shows it where the page did.
    if (!blocks.some((block) => block.type === 'figure' && block.src === src)) {
      bodyBlocks.unshift({ type: 'figure', src, caption, alt });
    }
  }
  const finalBlocks = bodyBlocks.filter((block) => {
    if (block.type !== 'figure') return true;
    if (seen.has(block.src) && block.src !== metadata.leadImage?.src) return false;
    addImage({ src: block.src, caption: block.caption, alt: block.alt });
    return true;
  });
  const layout = layoutArticleText(lead, finalBlocks);
  const rawHtml = [
    lead ? `<p class="lead"><strong>${escapeHtml(lead)}</strong></p>` : '',
    ...finalBlocks.map(blockHtml),
  ].join('\n');
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
    html: sanitizeHtml(rawHtml, input.document),
    text: layout.text,
    images,
    attachments: metadata.attachments,
    tags: metadata.tags,
    lang: metadata.lang,
    references: findReferences(layout.text),
    removed: input.removed,
  };
}
