import { layoutArticleText, type Article, type Block } from '@govclip/core';
import { UNIT_START_ATTRIBUTE } from './text-map';

/**
 * Renders an `Article` into reader DOM. Pure DOM code (no extension APIs), unit-tested.
 *
 * Every piece of running text becomes a text unit (see text-map.ts) whose text content is
 * exactly its slice of `article.text`, so references, highlights and selections map to offsets.
 * Nothing from the page is parsed here except a paragraph's inline HTML, and that only after the
 * library's sanitizer, through an inline allowlist, and only if its text equals the block text.
 */

export type Translate = (key: string, ...subs: string[]) => string;

export interface RenderOptions {
  /** The library's `sanitizeHtml` bound to the reader document; null when not available. */
  sanitize: ((html: string) => string) | null;
  t: Translate;
}

export interface RenderedArticle {
  /** Site, link to the original, title, date, author, source. */
  header: HTMLElement;
  /** The text container: lead and body blocks. */
  root: HTMLElement;
  /** The downloads list, or null when the article has none. */
  attachments: HTMLElement | null;
  /** False when `article.text` is not the layout of its lead and blocks (offsets may drift). */
  layoutMatches: boolean;
}

/** Inline elements a paragraph may keep; anything else is unwrapped to its text. */
const INLINE_TAGS = new Set([
  'A',
  'B',
  'STRONG',
  'I',
  'EM',
  'U',
  'S',
  'SUB',
  'SUP',
  'SMALL',
  'CODE',
]);

/** Elements removed with everything inside them (their text is code or UI, never article text). */
const DROPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'TEXTAREA',
  'SELECT',
  'BUTTON',
  'INPUT',
  'FORM',
  'VIDEO',
  'AUDIO',
  'CANVAS',
]);

/** An absolute http(s) URL, or null: no `javascript:`, `data:` or other schemes reach an attribute. */
export function safeHttpUrl(value: string | null | undefined, base?: string | null): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** `2024-05-20T16:45+07:00` → `16:45, 20/05/2024`; `2024-05-20` → `20/05/2024` (as Vietnamese pages print dates). */
export function formatPublished(iso: string | null): string | null {
  if (iso === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (match === null) return iso;
  const [, year, month, day, hour, minute] = match;
  const date = `${day}/${month}/${year}`;
  return hour !== undefined && minute !== undefined ? `${hour}:${minute}, ${date}` : date;
}

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className !== undefined) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

function markUnit(target: HTMLElement, start: number): HTMLElement {
  target.setAttribute(UNIT_START_ATTRIBUTE, String(start));
  return target;
}

/** Keeps allowlisted inline elements (attributes stripped, links made safe), unwraps the rest. */
function cleanInline(node: Node, document: Document): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) continue;
    if (child.nodeType !== 1) {
      node.removeChild(child);
      continue;
    }
    const childElement = child as Element;
    if (DROPPED_TAGS.has(childElement.tagName.toUpperCase())) {
      node.removeChild(childElement);
      continue;
    }
    cleanInline(childElement, document);
    if (!INLINE_TAGS.has(childElement.tagName.toUpperCase())) {
      while (childElement.firstChild !== null)
        node.insertBefore(childElement.firstChild, childElement);
      node.removeChild(childElement);
      continue;
    }
    const href =
      childElement.tagName.toUpperCase() === 'A'
        ? safeHttpUrl(childElement.getAttribute('href'))
        : null;
    for (const attribute of Array.from(childElement.attributes))
      childElement.removeAttribute(attribute.name);
    if (href !== null) {
      childElement.setAttribute('href', href);
      childElement.setAttribute('target', '_blank');
      childElement.setAttribute('rel', 'noopener noreferrer');
    }
  }
}

/** A paragraph's inline markup when it is safe AND shows exactly the block's text. */
function inlineContent(
  html: string,
  text: string,
  options: RenderOptions,
  document: Document,
): DocumentFragment | null {
  if (options.sanitize === null || html === '') return null;
  let clean: string;
  try {
    clean = options.sanitize(html);
  } catch {
    return null;
  }
  // Parsed into a separate, script-less document: nothing in it loads or runs while it is
  // cleaned; only the cleaned nodes are imported into the reader.
  const parsed = new (document.defaultView ?? window).DOMParser().parseFromString(
    `<!doctype html><body>${clean}`,
    'text/html',
  );
  cleanInline(parsed.body, document);
  if (parsed.body.textContent !== text) return null;
  const fragment = document.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes))
    fragment.appendChild(document.importNode(node, true));
  return fragment;
}

function renderBlock(
  block: Block,
  start: number | null,
  options: RenderOptions,
  document: Document,
): HTMLElement {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(2, block.level));
      const heading = element(document, `h${level}` as 'h2', 'gc-heading', block.text);
      return start === null ? heading : markUnit(heading, start);
    }
    case 'paragraph': {
      const paragraph = element(document, 'p', 'gc-paragraph');
      const inline = inlineContent(block.html, block.text, options, document);
      if (inline !== null) paragraph.appendChild(inline);
      else paragraph.textContent = block.text;
      return start === null ? paragraph : markUnit(paragraph, start);
    }
    case 'quote': {
      const quote = element(document, 'blockquote', 'gc-quote', block.text);
      return start === null ? quote : markUnit(quote, start);
    }
    case 'list': {
      const list = element(document, block.ordered ? 'ol' : 'ul', 'gc-list');
      let offset = start ?? 0;
      for (const item of block.items) {
        const listItem = element(document, 'li', undefined, item);
        if (start !== null) markUnit(listItem, offset);
        offset += item.length + 1;
        list.appendChild(listItem);
      }
      return list;
    }
    case 'table': {
      const wrapper = element(document, 'div', 'gc-table-wrap');
      const table = element(document, 'table', 'gc-table');
      const body = element(document, 'tbody');
      let offset = start ?? 0;
      for (const row of block.rows) {
        const tableRow = element(document, 'tr');
        for (const cell of row) {
          const tableCell = element(document, 'td', undefined, cell);
          if (start !== null) markUnit(tableCell, offset);
          offset += cell.length + 1; // the tab after a cell, or the line break after a row
          tableRow.appendChild(tableCell);
        }
        if (row.length === 0) offset += 1;
        body.appendChild(tableRow);
      }
      table.appendChild(body);
      wrapper.appendChild(table);
      return wrapper;
    }
    case 'figure': {
      const figure = element(document, 'figure', 'gc-figure');
      const src = safeHttpUrl(block.src);
      if (src !== null) {
        const image = element(document, 'img');
        image.src = src;
        image.alt = block.alt ?? block.caption ?? '';
        image.referrerPolicy = 'no-referrer';
        image.decoding = 'async';
        // A picture that cannot load (moved, offline) leaves its caption, not a broken icon.
        image.addEventListener('error', () => image.classList.add('gc-broken'));
        figure.appendChild(image);
      }
      if (block.caption !== null && block.caption !== '') {
        figure.appendChild(element(document, 'figcaption', undefined, block.caption));
      }
      return figure;
    }
  }
}

function renderHeader(
  article: Article,
  sourceUrl: string,
  t: Translate,
  document: Document,
): HTMLElement {
  const header = element(document, 'header', 'gc-article-header');
  const site = element(document, 'div', 'gc-site');
  const original =
    safeHttpUrl(article.canonicalUrl) ?? safeHttpUrl(article.url) ?? safeHttpUrl(sourceUrl);
  const siteName = article.siteName ?? (original !== null ? new URL(original).hostname : null);
  if (siteName !== null) site.appendChild(element(document, 'span', 'gc-site-name', siteName));
  if (original !== null) {
    const link = element(document, 'a', 'gc-original', t('readerOriginal'));
    link.href = original;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    site.appendChild(link);
  }
  header.appendChild(site);
  header.appendChild(element(document, 'h1', 'gc-title', article.title || t('readerNoTitle')));
  const meta = element(document, 'div', 'gc-meta');
  const published = formatPublished(article.published);
  if (published !== null && article.published !== null) {
    const time = element(document, 'time', 'gc-published', published);
    time.dateTime = article.published;
    time.title = t('readerPublished');
    meta.appendChild(time);
  }
  if (article.author !== null && article.author !== '') {
    const author = element(document, 'span', 'gc-author', article.author);
    author.title = t('readerAuthor');
    meta.appendChild(author);
  }
  if (article.source !== null && article.source !== '') {
    meta.appendChild(
      element(document, 'span', 'gc-source', `${t('readerSource')}: ${article.source}`),
    );
  }
  if (meta.childNodes.length > 0) header.appendChild(meta);
  return header;
}

function renderAttachments(article: Article, t: Translate, document: Document): HTMLElement | null {
  if (article.attachments.length === 0) return null;
  const section = element(document, 'section', 'gc-attachments');
  section.appendChild(element(document, 'h2', undefined, t('readerAttachments')));
  const list = element(document, 'ul');
  for (const attachment of article.attachments) {
    const item = element(document, 'li');
    const href = safeHttpUrl(attachment.href);
    if (href !== null) {
      const link = element(document, 'a', 'gc-attachment', attachment.name);
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.setAttribute('download', '');
      item.appendChild(link);
    } else {
      item.appendChild(element(document, 'span', 'gc-attachment', attachment.name));
    }
    if (attachment.type !== null)
      item.appendChild(element(document, 'span', 'gc-file-type', attachment.type.toUpperCase()));
    list.appendChild(item);
  }
  section.appendChild(list);
  return section;
}

export function renderArticle(
  article: Article,
  sourceUrl: string,
  options: RenderOptions,
  document: Document,
): RenderedArticle {
  const layout = layoutArticleText(article.lead, article.blocks);
  const startOf = new Map(layout.segments.map((segment) => [segment.blockIndex, segment.start]));
  const root = element(document, 'div', 'gc-body');
  root.lang = article.lang || 'vi';
  const leadStart = startOf.get(-1);
  if (article.lead !== null && article.lead !== '' && leadStart !== undefined) {
    root.appendChild(markUnit(element(document, 'p', 'gc-lead', article.lead), leadStart));
  }
  article.blocks.forEach((block, index) => {
    root.appendChild(renderBlock(block, startOf.get(index) ?? null, options, document));
  });
  return {
    header: renderHeader(article, sourceUrl, options.t, document),
    root,
    attachments: renderAttachments(article, options.t, document),
    layoutMatches: layout.text === article.text,
  };
}
