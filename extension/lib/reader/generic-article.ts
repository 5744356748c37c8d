import { Readability } from '@mozilla/readability';
import {
  collapseWhitespace,
  findReferences,
  layoutArticleText,
  type Article,
  type Block,
} from '@govclip/core';
import { safeHttpUrl } from './render-article';

/**
 * The generic reader: Readability's reading of any page, turned into the same `Article` shape so
 * it goes through the same renderer (text only, plus images) and the same reference tagging.
 * Used when the page is not an article by GovClip's rules and the user asks to read it anyway.
 */

const HEADING = /^H([1-6])$/;

function text(node: Element): string {
  return collapseWhitespace(node.textContent ?? '').trim();
}

function blocksOf(container: Element, baseUrl: string | null, blocks: Block[]): void {
  for (const child of Array.from(container.children)) {
    const tag = child.tagName.toUpperCase();
    const heading = HEADING.exec(tag);
    if (heading !== null) {
      const value = text(child);
      if (value !== '')
        blocks.push({ type: 'heading', level: Number(heading[1]) as 1, text: value });
    } else if (tag === 'UL' || tag === 'OL') {
      const items = Array.from(child.children)
        .filter((item) => item.tagName.toUpperCase() === 'LI')
        .map(text)
        .filter((item) => item !== '');
      if (items.length > 0) blocks.push({ type: 'list', ordered: tag === 'OL', items });
    } else if (tag === 'TABLE') {
      const rows = Array.from(child.querySelectorAll('tr'))
        .map((row) => Array.from(row.children).map(text))
        .filter((row) => row.some((cell) => cell !== ''));
      if (rows.length > 0) blocks.push({ type: 'table', rows });
    } else if (tag === 'BLOCKQUOTE') {
      const value = text(child);
      if (value !== '') blocks.push({ type: 'quote', text: value });
    } else if (tag === 'IMG' || tag === 'FIGURE' || tag === 'PICTURE') {
      const image = tag === 'IMG' ? child : child.querySelector('img');
      const src = safeHttpUrl(image?.getAttribute('src'), baseUrl);
      const caption = child.querySelector('figcaption');
      if (src !== null) {
        blocks.push({
          type: 'figure',
          src,
          caption: caption !== null ? text(caption) || null : null,
          alt: image?.getAttribute('alt') ?? null,
        });
      }
    } else if (
      child.querySelector(
        'p, h1, h2, h3, h4, h5, h6, ul, ol, table, figure, img, blockquote, div',
      ) !== null
    ) {
      blocksOf(child, baseUrl, blocks);
    } else {
      const value = text(child);
      if (value !== '') blocks.push({ type: 'paragraph', text: value, html: '' });
    }
  }
}

/** Readability's article as an `Article`, or null when Readability finds nothing readable. */
export function genericArticle(html: string, url: string, parser: DOMParser): Article | null {
  const document = parser.parseFromString(html, 'text/html');
  const parsed = new Readability(document).parse();
  if (parsed === null || !parsed.content) return null;
  // Readability's output is parsed as an inert document: nothing in it runs or loads, and only
  // text, image URLs (http/https) and structure are taken from it.
  const content = parser.parseFromString(parsed.content, 'text/html');
  const blocks: Block[] = [];
  blocksOf(content.body, url, blocks);
  const layout = layoutArticleText(null, blocks);
  if (layout.text === '') return null;
  return {
    url,
    canonicalUrl: null,
    siteName: parsed.siteName ?? null,
    cms: 'generic',
    title: collapseWhitespace(parsed.title ?? '').trim(),
    published: null,
    modified: null,
    author: parsed.byline ? collapseWhitespace(parsed.byline).trim() : null,
    source: null,
    lead: null,
    blocks,
    html: '',
    text: layout.text,
    images: blocks.flatMap((block) =>
      block.type === 'figure' ? [{ src: block.src, caption: block.caption, alt: block.alt }] : [],
    ),
    attachments: [],
    tags: [],
    lang: parsed.lang ?? 'vi',
    references: findReferences(layout.text),
    removed: [],
  };
}
