/**
 * Small DOM helpers shared by the pipeline steps. They only use what happy-dom, linkedom,
 * jsdom and real browsers all implement (no `innerText`, no layout, no computed styles).
 */
import { collapseWhitespace } from '../unicode';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function tagName(element: Element): string {
  return element.tagName.toLowerCase();
}

/** NFC text with every run of white space (NBSP included) collapsed to one space, trimmed. */
export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  return collapseWhitespace(value.normalize('NFC'));
}

export function textOf(node: Node | null | undefined): string {
  return cleanText(node?.textContent ?? '');
}

/**
 * Every element under `root` in document order, iteratively (10,000-deep pages), without
 * `getElementsByTagName('*')`, which linkedom answers with an empty list.
 */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: Element[] = Array.from(root.children ?? []).reverse();
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    out.push(element);
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Element);
  }
  return out;
}

/**
 * Every id and class token present in a document, lower-cased (quirks-mode pages match them
 * case-insensitively), from one walk. A selector naming an id or class the page does not carry
 * cannot match, so it is answered without a query: profiles and fallbacks name dozens of ids and
 * classes of other families, and linkedom compiles and walks the whole tree for each query.
 * The pipeline only removes elements from its documents, which keeps the index a superset;
 * `forgetSelectorIndex` is for the one step that adds classes.
 */
const selectorIndexes = new WeakMap<Document, Set<string>>();

export function forgetSelectorIndex(document: Document): void {
  selectorIndexes.delete(document);
}

function selectorIndex(document: Document): Set<string> {
  let index = selectorIndexes.get(document);
  if (index) return index;
  index = new Set<string>();
  for (const element of allElements(document)) {
    const id = element.getAttribute('id');
    if (id) index.add(`#${id.toLowerCase()}`);
    const classes = element.getAttribute('class');
    if (classes) {
      for (const name of classes.toLowerCase().split(/\s+/)) if (name) index.add(`.${name}`);
    }
  }
  selectorIndexes.set(document, index);
  return index;
}

/** `#id` / `.class` tokens every match of each comma alternative needs; null when unsure. */
const requiredTokenCache = new Map<string, string[][] | null>();

function requiredTokens(selector: string): string[][] | null {
  const cached = requiredTokenCache.get(selector);
  if (cached !== undefined) return cached;
  let result: string[][] | null = [];
  let current: string[] = [];
  let depth = 0;
  let quote = '';
  for (let i = 0; i < selector.length && result; i++) {
    const char = selector[i] as string;
    if (quote) {
      if (char === quote) quote = '';
      continue;
    }
    if (char === '\\') result = null;
    else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (depth === 0 && char === ',') {
      result.push(current);
      current = [];
    } else if (depth === 0 && (char === '#' || char === '.')) {
      const name = /^(?:[\w-]|\P{ASCII})+/u.exec(selector.slice(i + 1))?.[0];
      if (!name) result = null;
      else {
        current.push(`${char}${name.toLowerCase()}`);
        i += name.length;
      }
    }
  }
  if (result && (quote || depth !== 0)) result = null;
  result?.push(current);
  requiredTokenCache.set(selector, result);
  return result;
}

/** The document `root` is attached to, or null (fragments and detached subtrees). */
function attachedDocument(root: ParentNode): Document | null {
  // Walk up rather than trust `ownerDocument`/`isConnected`: linkedom gets both wrong in clones.
  let top: Node = root as Node;
  while (top.parentNode) top = top.parentNode;
  return top.nodeType === 9 ? (top as Document) : null;
}

/** False only when `selector` certainly matches nothing under `root`. */
export function couldMatch(root: ParentNode, selector: string): boolean {
  const alternatives = requiredTokens(selector);
  if (!alternatives) return true;
  const document = attachedDocument(root);
  if (!document) return true;
  const index = selectorIndex(document);
  return alternatives.some((tokens) => tokens.every((token) => index.has(token)));
}

/** querySelectorAll that never throws (an unsupported selector in one DOM just matches nothing). */
export function selectAll(root: ParentNode, selector: string): Element[] {
  if (!couldMatch(root, selector)) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function selectOne(root: ParentNode, selector: string): Element | null {
  if (!couldMatch(root, selector)) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

const HIDDEN_CLASSES = new Set([
  'hidden',
  'hide',
  'd-none',
  'sr-only',
  'screen-reader-text',
  'visually-hidden',
  'invisible',
]);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by markup alone (we have no layout): classes, `hidden`, inline style, `aria-hidden`. */
export function isMarkedHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const classes = (element.getAttribute('class') ?? '').split(/\s+/);
  return classes.some((name) => HIDDEN_CLASSES.has(name));
}

/** True when the element or one of its ancestors is hidden by markup. */
export function isHiddenInTree(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (isMarkedHidden(current)) return true;
  }
  return false;
}

/**
 * Whether any of `selectors` matches under `root`, in ONE traversal: selector lists are mostly
 * misses (other families' fields, generic fallbacks), and linkedom compiles and walks the whole
 * tree for every single query. A list some DOM cannot parse as a whole answers `true`, so the
 * caller falls back to asking selector by selector.
 */
export function anyMatches(root: ParentNode, selectors: readonly string[]): boolean {
  const possible = selectors.filter((selector) => couldMatch(root, selector));
  if (possible.length === 0) return false;
  try {
    if (possible.length === 1) return root.querySelector(possible[0] as string) !== null;
    return root.querySelector(possible.join(', ')) !== null;
  } catch {
    return true;
  }
}

/** First visible element matched by the selectors, tried in order. */
export function firstVisible(root: ParentNode, selectors: readonly string[]): Element | null {
  if (!anyMatches(root, selectors)) return null;
  for (const selector of selectors) {
    for (const element of selectAll(root, selector)) {
      if (!isHiddenInTree(element)) return element;
    }
  }
  return null;
}

/** Every visible element matched by the first selector that matches anything visible. */
export function allVisible(root: ParentNode, selectors: readonly string[]): Element[] {
  if (!anyMatches(root, selectors)) return [];
  for (const selector of selectors) {
    const found = selectAll(root, selector).filter((element) => !isHiddenInTree(element));
    if (found.length > 0) return found;
  }
  return [];
}

export function removeElement(element: Element | ChildNode): void {
  element.parentNode?.removeChild(element);
}

/** Resolves a URL against a base; returns null for unusable or dangerous schemes. */
export function absoluteUrl(value: string | null | undefined, base: string | null): string | null {
  const raw = (value ?? '').trim();
  if (!raw || raw.startsWith('#')) return null;
  try {
    const url = base ? new URL(raw, base) : new URL(raw);
    if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return null;
    return url.href;
  } catch {
    return null;
  }
}

export function excerpt(value: string, max = 80): string {
  const text = cleanText(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Describes an element for the `removed[]` log when it has no text. */
export function describeElement(element: Element): string {
  const id = element.getAttribute('id');
  const cls = (element.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 2);
  return `<${tagName(element)}${id ? `#${id}` : ''}${cls.length ? `.${cls.join('.')}` : ''}>`;
}

export function elementExcerpt(element: Element): string {
  const text = textOf(element);
  return text ? excerpt(text) : describeElement(element);
}

export function isDocumentLike(value: unknown): value is Document {
  return (
    typeof value === 'object' &&
    value !== null &&
    'documentElement' in value &&
    'querySelectorAll' in value &&
    'createElement' in value
  );
}
