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

/** Elements that are one block each. */
const LEAF_BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'table',
  'figure',
  'img',
  'dt',
  'dd',
]);
/** Elements whose children are walked: their loose text (between blocks, split at <br>) is a paragraph. */
const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'ul',
  'ol',
  'dl',
  'form',
  'body',
  'center',
  'details',
  'summary',
  'address',
  'fieldset',
  'hgroup',
]);
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'button',
  'select',
  'input',
  'textarea',
]);

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

function leafBlock(element: Element, url: string): Block | null {
  const tag = element.tagName.toLowerCase();
  if (tag === 'table') {
    const rows = Array.from(element.querySelectorAll('tr')).map((row) =>
      Array.from(row.querySelectorAll('td, th')).map(text),
    );
    return rows.length > 0 ? { type: 'table', rows } : null;
  }
  if (tag === 'figure' || tag === 'img') {
    const image = tag === 'img' ? element : element.querySelector('img');
    if (!image) {
      const value = text(element);
      return value ? { type: 'paragraph', text: value, html: element.innerHTML } : null;
    }
    const caption = tag === 'figure' ? element.querySelector('figcaption') : null;
    return {
      type: 'figure',
      src: absoluteUrl(image.getAttribute('src') ?? '', url),
      caption: caption ? text(caption) || null : null,
      alt: image.getAttribute('alt'),
    };
  }
  const value = text(element);
  if (!value) return null;
  if (/^h[1-6]$/.test(tag))
    return { type: 'heading', level: Number(tag[1]) as 1 | 2 | 3 | 4 | 5 | 6, text: value };
  if (tag === 'blockquote') return { type: 'quote', text: value };
  return { type: 'paragraph', text: value, html: element.innerHTML };
}

/**
 * Walks the peer's article in document order: leaf blocks become blocks; runs of loose inline
 * content inside containers (ENTER_BR bodies: text and <br> in a <div>) become one paragraph per line.
 */
function walk(container: Element, url: string, blocks: Block[]): void {
  let inline: string[] = [];
  let inlineHtml: string[] = [];
  const flush = () => {
    const value = collapseWhitespace(inline.join(''));
    if (value) blocks.push({ type: 'paragraph', text: value, html: inlineHtml.join('') });
    inline = [];
    inlineHtml = [];
  };
  for (const node of Array.from(container.childNodes)) {
    if (node.nodeType === 3) {
      inline.push(node.textContent ?? '');
      inlineHtml.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'br') {
      flush();
    } else if (LEAF_BLOCKS.has(tag)) {
      flush();
      const block = leafBlock(element, url);
      if (block) blocks.push(block);
    } else if (
      CONTAINERS.has(tag) ||
      element.querySelector('p, div, table, li, h1, h2, h3, h4, h5, h6, blockquote, figure')
    ) {
      flush();
      walk(element, url, blocks);
    } else {
      inline.push(element.textContent ?? '');
      inlineHtml.push(element.outerHTML);
    }
  }
  flush();
}

export function blocksFromHtml(contentHtml: string, url: string): Block[] {
  const { document } = parseHTML(
    `<!doctype html><html><body><div id="peer-root">${contentHtml}</div></body></html>`,
  );
  const root = document.getElementById('peer-root');
  const blocks: Block[] = [];
  if (root) walk(root, url, blocks);
  return blocks;
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
