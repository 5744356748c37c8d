/**
 * Pipeline step: turns the cleaned article root into blocks (headings, paragraphs, lists,
 * tables, figures, quotes). CKEditor ENTER_BR bodies are split on `<br>`; images become figures
 * with their captions; a paragraph's `text` is always the collapsed textContent of its `html`.
 */
import type { Block } from '../types';
import { isJunkImageText, stripNoisePrefixes } from '../noise/match-noise';
import { classAttribute } from './css-match';
import {
  appendSafe,
  joinSafe,
  NO_SAFE_HTML,
  safeElement,
  safeText,
  type SafeHtml,
} from '../html/sanitize';
import {
  absoluteUrl,
  cleanText,
  closestMatch,
  isElement,
  nonWhiteSpaceCount,
  oneSpacePerRun,
  selectAll,
  selectOne,
  tagName,
  textOf,
  walkElements,
} from './dom';

/** A block plus what the refining step needs to know about how it looked. */
export interface DraftBlock {
  block: Block;
  align: 'left' | 'right' | 'center' | 'justify' | null;
  /** The whole text is bold / italic. */
  bold: boolean;
  italic: boolean;
  /** Texts of the links in the block, and the text outside links ('' when there are none). */
  linkTexts: string[];
  textOutsideLinks: string;
  /** The element grouping this block with its siblings (a paragraph's parent, a line's container). */
  group: Element | null;
}

interface Context {
  base: string | null;
  title: string | null;
  out: DraftBlock[];
  depth: number;
}

const MAX_DEPTH = 400;
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'big',
  'nobr',
  'tt',
  'o:p',
]);
/** Inline tags kept in paragraph HTML (everything else inline is unwrapped). */
const KEPT_INLINE = new Set([
  'a',
  'b',
  'strong',
  'em',
  'i',
  'u',
  'sub',
  'sup',
  's',
  'mark',
  'code',
  'small',
]);
const BOLD_TAGS = new Set(['b', 'strong']);
const ITALIC_TAGS = new Set(['em', 'i']);
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'input',
  'select',
  'textarea',
  'button',
  'option',
  'link',
  'meta',
  'audio',
  'video',
  'hr',
  'map',
  'area',
  'head',
  'title',
]);

const SPACE = safeText(' ');

/** Tags that make an inline element (a `span` wrapping paragraphs…) a container instead. */
const BLOCK_CONTENT_TAGS = new Set([
  'img',
  'p',
  'div',
  'br',
  'table',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'blockquote',
  'section',
  'article',
]);

/**
 * Whether a descendant of `element` has one of those tags: asked of every inline element, whose
 * subtree is small, so a walk of it beats a selector query (which, on an indexed document, tests
 * every element of these tags in the page).
 */
function hasBlockContent(element: Element): boolean {
  let found = false;
  walkElements(element, (descendant) => (found = BLOCK_CONTENT_TAGS.has(tagName(descendant))));
  return found;
}

/** Where the search for an alignment stops: it belongs to the nearest such container. */
const ALIGNMENT_CONTAINERS = new Set(['p', 'div', 'td', 'li', 'section', 'article']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Paragraph-like tags: such a block groups with its siblings under its parent. */
const PARAGRAPH_LIKE = new Set([...HEADING_TAGS, 'p', 'li', 'blockquote', 'pre']);

function alignmentOf(element: Element | null): DraftBlock['align'] {
  // Each test needs a non-empty value: most ancestors have no style or class, and a regex run
  // on an empty string still costs a call per ancestor of every paragraph.
  for (let current = element; current; current = current.parentElement) {
    const style = current.getAttribute('style');
    const match = style ? /text-align\s*:\s*(left|right|center|justify)/i.exec(style) : null;
    if (match) return match[1]?.toLowerCase() as DraftBlock['align'];
    const align = current.getAttribute('align');
    if (align && /^(left|right|center|justify)$/i.test(align))
      return align.toLowerCase() as DraftBlock['align'];
    const cls = classAttribute(current);
    if (cls) {
      if (/(?:^|\s)(?:text-right|govclip-align-right)(?:\s|$)/.test(cls)) return 'right';
      if (/(?:^|\s)(?:text-center|govclip-align-center)(?:\s|$)/.test(cls)) return 'center';
    }
    if (ALIGNMENT_CONTAINERS.has(tagName(current))) return null;
  }
  return null;
}

interface InlineResult {
  html: SafeHtml;
  plain: string;
  boldChars: number;
  italicChars: number;
  linkTexts: string[];
  outsideLinks: string;
}

const NO_ATTRIBUTES: readonly (readonly [string, string])[] = [];

/**
 * A paragraph's inline content: its HTML written through the sanitizer's builders (only the kept
 * inline tags and safe links, as the sanitizer would leave them: no second parse later), its plain
 * text, and what the refining step reads.
 */
function serializeInline(nodes: readonly Node[], context: Context): InlineResult {
  const result: InlineResult = {
    html: NO_SAFE_HTML,
    plain: '',
    boldChars: 0,
    italicChars: 0,
    linkTexts: [],
    outsideLinks: '',
  };
  const parts: SafeHtml[] = [];
  for (const node of nodes)
    parts.push(serializeNode(node, false, false, false, 0, result, context));
  result.html = joinSafe(parts);
  return result;
}

/** One node of `serializeInline` (a function of its own: no closure made per paragraph). */
function serializeNode(
  node: Node,
  bold: boolean,
  italic: boolean,
  inLink: boolean,
  depth: number,
  result: InlineResult,
  context: Context,
): SafeHtml {
  if (node.nodeType === 3) {
    const text = oneSpacePerRun((node.textContent ?? '').normalize('NFC'));
    if (!text) return NO_SAFE_HTML;
    result.plain += text;
    if (bold || italic) {
      const visible = nonWhiteSpaceCount(text);
      if (bold) result.boldChars += visible;
      if (italic) result.italicChars += visible;
    }
    if (!inLink) result.outsideLinks += text;
    return safeText(text);
  }
  if (!isElement(node) || depth > MAX_DEPTH) return NO_SAFE_HTML;
  const name = tagName(node);
  if (SKIPPED.has(name)) return NO_SAFE_HTML;
  if (name === 'br') {
    result.plain += ' ';
    return SPACE;
  }
  // The style tests need a style: most inline elements have none (read once, not per test).
  const style = bold && italic ? null : node.getAttribute('style');
  const nextBold =
    bold || BOLD_TAGS.has(name) || (!!style && /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(style));
  const nextItalic =
    italic || ITALIC_TAGS.has(name) || (!!style && /font-style\s*:\s*italic/i.test(style));
  let tag: string | null = null;
  let attributes = NO_ATTRIBUTES;
  if (name === 'a') {
    const href = absoluteUrl(node.getAttribute('href'), context.base);
    // A link inside a link (scripts can build one; parsers cannot) keeps its text in the outer.
    if (href && !inLink) {
      tag = 'a';
      attributes = [['href', href]];
    }
    result.linkTexts.push(textOf(node));
  } else if (KEPT_INLINE.has(name)) {
    tag = name === 'b' ? 'strong' : name === 'i' ? 'em' : name;
  }
  let content = NO_SAFE_HTML;
  for (let child = node.firstChild; child; child = child.nextSibling)
    content = appendSafe(
      content,
      serializeNode(
        child,
        nextBold,
        nextItalic,
        inLink || name === 'a',
        depth + 1,
        result,
        context,
      ),
    );
  return tag ? safeElement(tag, attributes, content) : content;
}

function imageSource(image: Element): string | null {
  for (const attribute of ['data-src', 'data-original', 'data-lazy-src', 'src']) {
    const value = image.getAttribute(attribute);
    if (value && !value.startsWith('data:')) return value;
  }
  return null;
}

function isTinyImage(image: Element): boolean {
  const width = Number(image.getAttribute('width') ?? NaN);
  const height = Number(image.getAttribute('height') ?? NaN);
  return (width > 0 && width < 48) || (height > 0 && height < 48);
}

export function cleanCaption(text: string | null | undefined, title: string | null): string | null {
  const caption = cleanText(stripNoisePrefixes(cleanText(text)));
  if (!caption || isJunkImageText(caption, title)) return null;
  return caption;
}

function pushFigure(image: Element, caption: string | null, context: Context): void {
  const src = absoluteUrl(imageSource(image), context.base);
  if (!src || isTinyImage(image)) return;
  const altText = cleanText(image.getAttribute('alt'));
  const alt = altText && !isJunkImageText(altText, context.title) ? altText : null;
  context.out.push({
    block: { type: 'figure', src, caption, alt },
    align: null,
    bold: false,
    italic: false,
    linkTexts: [],
    textOutsideLinks: '',
    group: null,
  });
}

/** Paragraph-like elements group with their siblings under their parent. */
function groupOf(container: Element): Element | null {
  return PARAGRAPH_LIKE.has(tagName(container)) ? container.parentElement : container;
}

function pushParagraph(nodes: readonly Node[], container: Element, context: Context): void {
  const inline = serializeInline(nodes, context);
  // Every white-space run of a text node is already one U+0020 (and NFC cannot make new white
  // space), so only runs across node boundaries and the ends are left: the same as cleanText.
  const text = inline.plain.normalize('NFC').replace(/ {2,}/g, ' ').trim();
  if (!text) return;
  // A trimmed, non-empty text has a visible character: without bold or italic ones, neither.
  const visible = inline.boldChars + inline.italicChars > 0 ? nonWhiteSpaceCount(text) : 1;
  const linkTexts = inline.linkTexts.filter(Boolean);
  context.out.push({
    block: { type: 'paragraph', text, html: inline.html.trim() },
    align: alignmentOf(container),
    bold: inline.boldChars >= visible,
    italic: inline.italicChars >= visible,
    linkTexts,
    textOutsideLinks: linkTexts.length > 0 ? cleanText(inline.outsideLinks) : '',
    group: groupOf(container),
  });
}

function simpleDraft(block: Block, element: Element): DraftBlock {
  const links = selectAll(element, 'a')
    .map((link) => textOf(link))
    .filter(Boolean);
  return {
    block,
    align: alignmentOf(element),
    bold: false,
    italic: false,
    linkTexts: links,
    textOutsideLinks: '',
    group: groupOf(element),
  };
}

function listItems(list: Element, context: Context): string[] {
  const items: string[] = [];
  for (let item = list.firstElementChild; item; item = item.nextElementSibling) {
    if (tagName(item) !== 'li') continue;
    const nested: Element[] = [];
    let own = '';
    for (let node = item.firstChild; node; node = node.nextSibling) {
      if (isElement(node) && (tagName(node) === 'ul' || tagName(node) === 'ol')) nested.push(node);
      else own += node.textContent ?? '';
    }
    const text = cleanText(own);
    if (text) items.push(text);
    for (const sub of nested) items.push(...listItems(sub, context));
    for (const image of selectAll(item, 'img')) pushFigure(image, null, context);
  }
  return items;
}

function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    const name = tagName(cell);
    if (name === 'td' || name === 'th') cells.push(cell);
  }
  return cells;
}

function rowsOf(table: Element): Element[] {
  return selectAll(table, 'tr').filter((row) => closestMatch(row, 'table') === table);
}

function handleTable(table: Element, context: Context): void {
  const rows = rowsOf(table);
  const images = selectAll(table, 'img');
  const nested = selectOne(table, 'table');
  // Photo tables (NewsView): image row + caption row.
  if (images.length > 0 && rows.length <= images.length * 3) {
    const captionText = rows
      .filter((row) => !selectOne(row, 'img'))
      .map((row) => textOf(row))
      .join(' ');
    if (images.length === 1 && captionText.length <= 400) {
      pushFigure(images[0] as Element, cleanCaption(captionText, context.title), context);
      return;
    }
  }
  const layout =
    !!nested ||
    rows.length === 0 ||
    rows.every((row) => cellsOf(row).length <= 1) ||
    selectAll(table, 'td, th').some(
      (cell) =>
        selectAll(cell, 'p, div, ul, ol, h1, h2, h3, h4').length >= 2 || textOf(cell).length > 600,
    );
  if (layout) {
    for (const row of rows) for (const cell of cellsOf(row)) walk(cell, context);
    return;
  }
  const data = rows
    .map((row) => cellsOf(row).map((cell) => textOf(cell)))
    .filter((row) => row.some(Boolean));
  if (data.length > 0) context.out.push(simpleDraft({ type: 'table', rows: data }, table));
  for (const image of images) pushFigure(image, null, context);
}

function handleFigure(figure: Element, context: Context): void {
  const images = selectAll(figure, 'img');
  if (images.length === 0) {
    walk(figure, context);
    return;
  }
  const captionElement = selectOne(figure, 'figcaption, .PhotoCMS_Caption, .caption, .image_desc');
  const caption = cleanCaption(captionElement?.textContent, context.title);
  images.forEach((image, index) =>
    pushFigure(image, index === images.length - 1 ? caption : null, context),
  );
}

/** Ends the current line of inline content as a paragraph; returns the next, empty line. */
function flushLine(line: Node[], element: Element, context: Context): Node[] {
  if (line.length > 0) pushParagraph(line, element, context);
  return line.length > 0 ? [] : line;
}

function walk(element: Element, context: Context): void {
  if (context.depth > MAX_DEPTH) return;
  context.depth++;
  let line: Node[] = [];
  // Node by node: linkedom builds an array for every `childNodes` read.
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      line.push(child);
      continue;
    }
    if (!isElement(child)) continue;
    const name = tagName(child);
    if (SKIPPED.has(name)) {
      if (name === 'hr') line = flushLine(line, element, context);
      continue;
    }
    if (name === 'br') {
      line = flushLine(line, element, context);
    } else if (name === 'img') {
      line = flushLine(line, element, context);
      pushFigure(child, null, context);
    } else if (INLINE_TAGS.has(name) && !hasBlockContent(child)) {
      line.push(child);
    } else if (HEADING_TAGS.has(name)) {
      line = flushLine(line, element, context);
      const text = textOf(child);
      if (text)
        context.out.push(
          simpleDraft(
            { type: 'heading', level: Number(name[1]) as 1 | 2 | 3 | 4 | 5 | 6, text },
            child,
          ),
        );
      for (const image of selectAll(child, 'img')) pushFigure(image, null, context);
    } else if (name === 'ul' || name === 'ol') {
      line = flushLine(line, element, context);
      const drafts = context.out.length;
      const items = listItems(child, context);
      if (items.length > 0) {
        context.out.splice(
          drafts,
          0,
          simpleDraft({ type: 'list', ordered: name === 'ol', items }, child),
        );
      }
    } else if (name === 'table') {
      line = flushLine(line, element, context);
      handleTable(child, context);
    } else if (name === 'figure') {
      line = flushLine(line, element, context);
      handleFigure(child, context);
    } else if (name === 'blockquote') {
      line = flushLine(line, element, context);
      if (selectOne(child, 'img, table, ul, ol')) walk(child, context);
      else {
        const text = textOf(child);
        if (text) context.out.push(simpleDraft({ type: 'quote', text }, child));
      }
    } else {
      line = flushLine(line, element, context);
      walk(child, context);
    }
  }
  flushLine(line, element, context);
  context.depth--;
}

export function buildBlocks(
  root: Element,
  base: string | null,
  title: string | null,
): DraftBlock[] {
  const context: Context = { base, title, out: [], depth: 0 };
  walk(root, context);
  return context.out;
}
