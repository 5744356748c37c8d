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

/** querySelectorAll that never throws (an unsupported selector in one DOM just matches nothing). */
export function selectAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function selectOne(root: ParentNode, selector: string): Element | null {
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

/** First visible element matched by the selectors, tried in order. */
export function firstVisible(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const element of selectAll(root, selector)) {
      if (!isHiddenInTree(element)) return element;
    }
  }
  return null;
}

/** Every visible element matched by the first selector that matches anything visible. */
export function allVisible(root: ParentNode, selectors: readonly string[]): Element[] {
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
