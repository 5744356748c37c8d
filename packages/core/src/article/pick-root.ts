/**
 * Pipeline step: the element that holds the article body. The profile's body selectors first;
 * when they miss, the generic path (Readability on a pre-cleaned copy, then the densest block of
 * paragraphs). Also decides when a page is not an article at all (listing, home page).
 */
import { Readability } from '@mozilla/readability';
import type { NotArticleReason, RemovedItem } from '../types';
import type { CmsProfile } from '../profiles';
import { FOOTER_PROSE } from '../noise/patterns';
import { classAttribute } from './css-match';
import {
  allElements,
  ELEMENT_NODE,
  nodeAfter,
  TEXT_NODE,
  allVisible,
  closestMatch,
  forgetSelectorIndex,
  hasText,
  isMarkedHidden,
  removeElement,
  selectAll,
  selectOne,
  tagName,
  textOf,
  walkElements,
} from './dom';
import { MAX_NFC_SHRINK } from './page-view';
import { isWhiteSpaceCode } from '../unicode/white-space';

export interface RootChoice {
  root: Element;
  via: 'profile' | 'readability' | 'densest-block';
  readabilityTitle?: string | null;
  readabilityByline?: string | null;
}

export interface NotArticleDecision {
  reason: NotArticleReason;
  detail: string;
}

const MIN_BODY_CHARS = 40;
const MAX_READABILITY_ELEMENTS = 20_000;
/** Elements the densest-block walk scores as candidate article roots. */
const DENSEST_CANDIDATES = new Set(['div', 'td', 'article', 'section', 'main', 'body']);

/** Class that carries an element's alignment through Readability (which drops `style`). */
export const ALIGN_CLASS_PREFIX = 'govclip-align-';

/** Elements that are never article text, removed before the generic path scores the page. */
const NEVER_CONTENT =
  'script, style, noscript, template, iframe, svg, canvas, select, textarea, button, input, nav, marquee';

/** The element with the longest text, and that text's length (first wins ties). */
function longest(elements: readonly Element[]): { element: Element; length: number } | null {
  let best: { element: Element; length: number } | null = null;
  for (const element of elements) {
    const length = textOf(element).length;
    if (!best || length > best.length) best = { element, length };
  }
  return best;
}

/**
 * `textOf(node).length >= minimum`, reading no more of the text than it needs: `minimum` times
 * MAX_NFC_SHRINK code units outside white space (what NFC folds into `minimum` characters at
 * worst) settle it; only a shorter text is cleaned and measured. A lone body candidate holds
 * kilobytes of text and is only asked whether it holds MIN_BODY_CHARS.
 */
export function hasTextLength(node: Node, minimum: number): boolean {
  const enough = minimum * MAX_NFC_SHRINK;
  let count = 0;
  // Text nodes outside templates: a part of what `textContent` joins, in every DOM.
  let current: Node | null = node.firstChild;
  while (current) {
    const type = current.nodeType;
    if (type === TEXT_NODE) {
      const data = (current as CharacterData).data;
      for (let index = 0; index < data.length; index++) {
        const code = data.charCodeAt(index);
        // What cleanText keeps: all but white space and U+200B.
        if (code !== 0x200b && !isWhiteSpaceCode(code)) count++;
      }
      if (count >= enough) return true;
    } else if (
      type === ELEMENT_NODE &&
      current.firstChild &&
      tagName(current as Element) !== 'template'
    ) {
      current = current.firstChild;
      continue;
    }
    current = nodeAfter(current, node);
  }
  return textOf(node).length >= minimum;
}

export function pickProfileRoot(document: Document, profile: CmsProfile | null): Element | null {
  if (!profile) return null;
  for (const selector of profile.body) {
    const candidates = allVisible(document, selector ? [selector] : []);
    // One candidate: only whether it holds enough text matters, not how much.
    if (candidates.length === 1) {
      const only = candidates[0] as Element;
      if (hasTextLength(only, MIN_BODY_CHARS)) return only;
      continue;
    }
    const root = longest(candidates);
    if (root && root.length >= MIN_BODY_CHARS) return root.element;
  }
  return null;
}

/** A copy of the page without scripts, hidden elements and known noise: input for scoring. */
export function precleanCopy(document: Document, noiseSelectors: readonly string[]): Document {
  const copy = document.cloneNode(true) as Document;
  for (const element of selectAll(copy, NEVER_CONTENT)) removeElement(element);
  for (const element of allElements(copy)) {
    // No `isConnected` check: linkedom reports false inside a cloned document.
    if (isMarkedHidden(element)) removeElement(element);
  }
  for (const selector of noiseSelectors)
    for (const element of selectAll(copy, selector)) removeElement(element);
  // Readability drops `style` and `align`; keep the alignment as a class (bylines are right-aligned).
  for (const element of selectAll(copy, '[style*=text-align], [align]')) {
    const style = element.getAttribute('style') ?? '';
    const align =
      /text-align\s*:\s*(right|center)/i.exec(style)?.[1] ?? element.getAttribute('align') ?? '';
    if (/^(right|center)$/i.test(align)) {
      element.setAttribute(
        'class',
        `${element.getAttribute('class') ?? ''} ${ALIGN_CLASS_PREFIX}${align.toLowerCase()}`.trim(),
      );
    }
  }
  forgetSelectorIndex(copy);
  return copy;
}

/**
 * The densest-block walk asks these per element; they are plain tag and attribute tests done by
 * hand, because linkedom compiles a selector anew for every `matches`/`querySelector` call.
 */
const CHROME_TAGS = new Set(['footer', 'header', 'nav', 'aside']);
const BLOCK_TAGS = new Set(['p', 'div', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4']);

/**
 * Page chrome: `footer, header, nav, aside, [class*=footer], [id*=footer], [class*=sidebar],
 * [id*=sidebar]` (attribute substring tests are case-sensitive, as in selectors).
 */
function isPageChrome(element: Element): boolean {
  if (CHROME_TAGS.has(tagName(element))) return true;
  const classes = classAttribute(element) ?? '';
  const id = element.getAttribute('id') ?? '';
  return (
    classes.includes('footer') ||
    id.includes('footer') ||
    classes.includes('sidebar') ||
    id.includes('sidebar')
  );
}

function hasBlockDescendant(root: Element): boolean {
  let found = false;
  walkElements(root, (element) => (found = BLOCK_TAGS.has(tagName(element))), {
    intoTemplates: true,
  });
  return found;
}

function proseLength(element: Element): number {
  let total = 0;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    const name = tagName(child);
    if (name !== 'p' && name !== 'div' && name !== 'span' && name !== 'td') continue;
    if (hasBlockDescendant(child)) continue;
    const text = textOf(child);
    if (text.length < 30 || FOOTER_PROSE.test(text)) continue;
    const linkText = allElements(child)
      .filter((link) => tagName(link) === 'a')
      .reduce((sum, link) => sum + textOf(link).length, 0);
    if (linkText / text.length > 0.5) continue;
    total += text.length;
  }
  // Text directly inside the element (ENTER_BR bodies: lines separated by <br>, no <p>).
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) total += (node.textContent ?? '').trim().length;
  }
  return total;
}

const densestCache = new WeakMap<object, { element: Element | null; prose: number }>();

/** The element with the most paragraph prose directly inside it (page chrome excluded). */
export function densestBlock(root: ParentNode): { element: Element | null; prose: number } {
  const cached = densestCache.get(root);
  if (cached) return cached;
  const result = computeDensestBlock(root);
  densestCache.set(root, result);
  return result;
}

function computeDensestBlock(root: ParentNode): { element: Element | null; prose: number } {
  let best: Element | null = null;
  let bestProse = 0;
  // Iterative walk carrying "inside chrome": one pass, no ancestor lookups (10,000-deep pages).
  const stack: [Element, boolean][] = [];
  for (let child = root.firstElementChild; child; child = child.nextElementSibling)
    stack.push([child, false]);
  while (stack.length > 0) {
    const [element, parentInChrome] = stack.pop() as [Element, boolean];
    let inChrome = parentInChrome;
    if (!inChrome) inChrome = isPageChrome(element);
    if (!inChrome && DENSEST_CANDIDATES.has(tagName(element))) {
      const prose = proseLength(element);
      if (prose > bestProse) {
        best = element;
        bestProse = prose;
      }
    }
    for (let child = element.firstElementChild; child; child = child.nextElementSibling)
      stack.push([child, inChrome]);
  }
  return { element: best, prose: bestProse };
}

/** Headline-like links: teasers of a listing or home page. */
function teaserLinkCount(root: ParentNode): number {
  const seen = new Set<string>();
  for (const link of selectAll(root, 'a[href]')) {
    // NFC lengthens a text at most threefold: links this short are out before normalizing.
    if ((link.textContent ?? '').length * 3 < 20) continue;
    const text = textOf(link);
    if (text.length < 20 || text.split(' ').length < 4) continue;
    if (
      !closestMatch(link, 'h1, h2, h3, h4, h5, li, article, .item, [class*=title], [class*=news]')
    )
      continue;
    seen.add(link.getAttribute('href') ?? text);
  }
  return seen.size;
}

function pathOf(url: string | null): string {
  try {
    return url ? new URL(url).pathname : '';
  } catch {
    return '';
  }
}

/** The profile's own listing signals (NukeViet `nv_func_name="viewcat"`, K2 item lists…). */
export function profileListing(
  document: Document,
  profile: CmsProfile | null,
  markup: string,
): boolean {
  if (!profile?.listing) return false;
  if (
    (profile.listing.selectors ?? []).some((selector) => selectAll(document, selector).length > 0)
  )
    return true;
  return (profile.listing.markup ?? []).some((pattern) => pattern.test(markup));
}

export function classifyNonArticle(copy: Document, url: string | null): NotArticleDecision | null {
  const body = copy.body ?? copy.documentElement;
  if (!body || !hasText(body)) {
    return { reason: 'empty-document', detail: 'The document has no text.' };
  }
  const { prose } = densestBlock(copy);
  const teasers = teaserLinkCount(body);
  if (prose < 300 && teasers >= 4) {
    const path = pathOf(url);
    const ogType = selectOne(copy, 'meta[property="og:type"]')?.getAttribute('content') ?? '';
    const bodyClass = body.getAttribute('class') ?? '';
    const home =
      path === '/' ||
      (/^\/(?:index\.\w+|trang-chu|home)?\/?$/i.test(path) && path !== '') ||
      ogType === 'website' ||
      /(?:^|\s)home(?:\s|$)/.test(bodyClass);
    return {
      reason: home ? 'home-page' : 'listing-page',
      detail: `${teasers} teaser headlines and no block of prose (longest ${prose} characters): ${home ? 'a portal home page' : 'a listing of articles'}.`,
    };
  }
  if (prose < 80) {
    return {
      reason: 'no-main-content',
      detail: `No block of prose found (longest ${prose} characters).`,
    };
  }
  return null;
}

/**
 * Readability rewrites the document it is given: `copy` is consumed. Its article element is taken
 * as it is (a serializer that returns the element) instead of as HTML to parse again; adjacent text
 * nodes its rewriting left are merged, as parsing its HTML would have done.
 */
function readabilityRoot(copy: Document, removed: RemovedItem[]): RootChoice | null {
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(copy, {
      charThreshold: 250,
      keepClasses: true,
      serializer: (element) => element as Element,
    }).parse();
  } catch (error) {
    removed.push({ rule: 'pick-root:readability-failed', excerpt: String(error).slice(0, 80) });
    return null;
  }
  const root = parsed?.content;
  if (!root?.firstChild) return null;
  root.normalize();
  if (textOf(root).length < MIN_BODY_CHARS) return null;
  return {
    root,
    via: 'readability',
    readabilityTitle: parsed?.title ?? null,
    readabilityByline: parsed?.byline ?? null,
  };
}

/**
 * The generic root: Readability's, else the densest block. `copy` (from `precleanCopy`) is handed
 * to Readability as is, which rewrites it: cloning a whole page for a scorer that usually
 * succeeds cost more than rebuilding the copy with `remakeCopy` on the rare fallback.
 */
export function pickGenericRoot(
  copy: Document,
  removed: RemovedItem[],
  remakeCopy: () => Document,
): RootChoice | null {
  // Readability's scoring is superlinear on huge pages: past this size only the linear scorer runs.
  // (Counted by walking: linkedom answers getElementsByTagName('*') with nothing.)
  const small = allElements(copy).length <= MAX_READABILITY_ELEMENTS;
  const readability = small ? readabilityRoot(copy, removed) : null;
  if (readability) return readability;
  const { element } = densestBlock(small ? remakeCopy() : copy);
  if (element && textOf(element).length >= MIN_BODY_CHARS)
    return { root: element, via: 'densest-block' };
  return null;
}
