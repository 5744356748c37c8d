import { parseHTML } from 'linkedom';
import { collapseWhitespace, layoutArticleText, type Article, type Block } from '@govclip/core';

/**
 * Turns a peer's output (Readability's or Defuddle's article HTML and metadata) into our
 * `Article` shape, so the corpus scoring helpers score every tool with the same functions.
 * The conversion is deliberately plain — one block per paragraph-like element, in document
 * order — so it neither helps nor hurts a peer: whatever text the peer kept is scored.
 */
export interface PeerOutput {
  url: string;
  title: string | null;
  author: string | null;
  published: string | null;
  siteName: string | null;
  contentHtml: string;
}

const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, table, figure, img';

function text(element: Element): string {
  return collapseWhitespace(element.textContent ?? '');
}

function absoluteUrl(src: string, base: string): string {
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}

/** Text directly inside a div/section that has no block children (ENTER_BR bodies, bare divs). */
function looseTextBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  for (const element of Array.from(root.querySelectorAll('div, section, article, td'))) {
    if (element.querySelector(BLOCK_SELECTOR + ', div, section, article')) continue;
    if (element.closest('p, li, blockquote, pre, table, figure, h1, h2, h3, h4, h5, h6')) continue;
    const html = element.innerHTML;
    // Lines separated by <br> are paragraphs, as in the gold convention for ENTER_BR bodies.
    for (const line of html.split(/<br\s*\/?>/i)) {
      const { document } = parseHTML(`<div>${line}</div>`);
      const value = collapseWhitespace(document.documentElement.textContent ?? '');
      if (value) blocks.push({ type: 'paragraph', text: value, html: line });
    }
  }
  return blocks;
}

export function blocksFromHtml(contentHtml: string, url: string): Block[] {
  const { document } = parseHTML(
    `<!doctype html><html><body><div id="peer-root">${contentHtml}</div></body></html>`,
  );
  const root = document.getElementById('peer-root');
  if (!root) return [];
  const blocks: Block[] = [];
  for (const element of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
    // Only the outermost block: a <p> inside an <li> or a <table> is part of that block.
    const outer = element.parentElement?.closest(BLOCK_SELECTOR);
    if (outer && root.contains(outer)) continue;
    const tag = element.tagName.toLowerCase();
    if (tag === 'table') {
      const rows = Array.from(element.querySelectorAll('tr')).map((row) =>
        Array.from(row.querySelectorAll('td, th')).map(text),
      );
      if (rows.length > 0) blocks.push({ type: 'table', rows });
    } else if (tag === 'figure' || tag === 'img') {
      const image = tag === 'img' ? element : element.querySelector('img');
      const caption = tag === 'figure' ? element.querySelector('figcaption') : null;
      if (image) {
        blocks.push({
          type: 'figure',
          src: absoluteUrl(image.getAttribute('src') ?? '', url),
          caption: caption ? text(caption) || null : null,
          alt: image.getAttribute('alt'),
        });
      }
    } else if (/^h[1-6]$/.test(tag)) {
      const value = text(element);
      if (value)
        blocks.push({
          type: 'heading',
          level: Number(tag[1]) as 1 | 2 | 3 | 4 | 5 | 6,
          text: value,
        });
    } else if (tag === 'blockquote') {
      const value = text(element);
      if (value) blocks.push({ type: 'quote', text: value });
    } else {
      const value = text(element);
      if (value) blocks.push({ type: 'paragraph', text: value, html: element.innerHTML });
    }
  }
  return blocks.length > 0 ? blocks : looseTextBlocks(root);
}

/** Peer dates as ISO strings are written in the gold's form (+07:00, minutes) when they parse. */
function goldFormDate(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
  const vietnam = new Date(date.getTime() + 7 * 3600_000).toISOString();
  return `${vietnam.slice(0, 16)}+07:00`;
}

export function peerArticle(output: PeerOutput): Article {
  const blocks = blocksFromHtml(output.contentHtml, output.url);
  const images = blocks.flatMap((block) =>
    block.type === 'figure' ? [{ src: block.src, caption: block.caption, alt: block.alt }] : [],
  );
  return {
    url: output.url,
    canonicalUrl: null,
    siteName: output.siteName,
    cms: 'generic',
    title: collapseWhitespace(output.title ?? ''),
    published: goldFormDate(output.published),
    modified: null,
    author: output.author ? collapseWhitespace(output.author) : null,
    source: null,
    lead: null,
    blocks,
    html: output.contentHtml,
    text: layoutArticleText(null, blocks).text,
    images,
    attachments: [],
    tags: [],
    lang: 'vi',
    references: [],
    removed: [],
  };
}
