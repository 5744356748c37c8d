/**
 * THE sanitizer: everything that becomes HTML on screen passes through `sanitizeHtml`, or is
 * written by `safeText` / `safeElement` under the same allowlist (the HTML the library builds
 * itself from text it extracted: nothing to parse).
 *
 * DOMPurify runs when the DOM supports it. Its output then ALWAYS goes through the allowlist
 * walker below, with the same configuration: DOMPurify fails open on some DOMs (linkedom reports
 * `isSupported` undefined and returns the input unchanged; happy-dom 21 keeps `javascript:` URLs
 * and `onerror`), so the walker is the guarantee and DOMPurify the first line.
 */
import createDOMPurify from 'dompurify';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_TAGS,
  DOMPURIFY_CONFIG,
  DROPPED_WITH_CONTENT,
  SAFE_URL,
  URL_ATTRIBUTES,
} from './sanitize-config';
import { parseHtmlFragment } from './parse-html';

const allowedTags = new Set<string>(ALLOWED_TAGS);
const allowedAttributes = new Set<string>(ALLOWED_ATTRIBUTES);
const droppedTags = new Set<string>(DROPPED_WITH_CONTENT);
const urlAttributes = new Set<string>(URL_ATTRIBUTES);

export type SanitizerEngine = 'dompurify+allowlist' | 'allowlist';

export interface SanitizeResult {
  html: string;
  engine: SanitizerEngine;
}

const purifierByWindow = new WeakMap<object, ReturnType<typeof createDOMPurify> | null>();

interface PurifierWindow {
  document?: Document;
  Element?: unknown;
  HTMLTemplateElement?: unknown;
}

/**
 * DOMPurify's own support test without building a DOMPurify (its setup parses its whole
 * configuration; linkedom gives every parsed page a new window and fails the test anyway): it
 * needs a document, `Element`, and `createHTMLDocument` on the document it parses into (a
 * template's content document where templates exist).
 */
function domPurifyCanRun(view: PurifierWindow): boolean {
  let document = view.document;
  if (!document || document.nodeType !== 9 || !view.Element) return false;
  if (typeof view.HTMLTemplateElement === 'function') {
    const template = document.createElement('template') as HTMLTemplateElement;
    document = template.content?.ownerDocument ?? document;
  }
  return document.implementation?.createHTMLDocument !== undefined;
}

function purifierFor(document: Document): ReturnType<typeof createDOMPurify> | null {
  const view = document.defaultView as unknown as object | null;
  if (!view) return null;
  if (purifierByWindow.has(view)) return purifierByWindow.get(view) ?? null;
  let purifier: ReturnType<typeof createDOMPurify> | null;
  try {
    if (!domPurifyCanRun(view as PurifierWindow)) {
      purifierByWindow.set(view, null);
      return null;
    }
    const candidate = createDOMPurify(view as unknown as Parameters<typeof createDOMPurify>[0]);
    purifier = candidate.isSupported === true ? candidate : null;
  } catch {
    purifier = null;
  }
  purifierByWindow.set(view, purifier);
  return purifier;
}

/** Whether a URL attribute value is safe: control characters and spaces cannot hide a scheme. */
export function isSafeUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  return SAFE_URL.test(compact);
}

function cleanElement(element: Element): void {
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 8 /* comment */ || child.nodeType === 7 /* processing instruction */) {
      element.removeChild(child);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const childElement = child as Element;
    const name = childElement.tagName.toLowerCase();
    if (droppedTags.has(name) || name.includes(':')) {
      element.removeChild(childElement);
      continue;
    }
    cleanElement(childElement);
    if (!allowedTags.has(name)) {
      // Unknown element: keep its (already cleaned) content, lose the element.
      while (childElement.firstChild) element.insertBefore(childElement.firstChild, childElement);
      element.removeChild(childElement);
      continue;
    }
    for (const attribute of Array.from(childElement.attributes)) {
      const attributeName = attribute.name.toLowerCase();
      const keep =
        allowedAttributes.has(attributeName) &&
        (!urlAttributes.has(attributeName) || isSafeUrl(attribute.value));
      if (!keep) childElement.removeAttribute(attribute.name);
    }
  }
}

/** The allowlist walker alone (also the fallback where DOMPurify is not supported). */
export function sanitizeWithAllowlist(html: string, document: Document): string {
  const container = parseHtmlFragment(html, document);
  cleanElement(container);
  return container.innerHTML;
}

/** Sanitizes and reports which engine ran (tests use it; callers use `sanitizeHtml`). */
export function sanitizeHtmlDetailed(html: string, document: Document): SanitizeResult {
  const purifier = purifierFor(document);
  let first = html;
  if (purifier) {
    try {
      first = String(purifier.sanitize(html, { ...DOMPURIFY_CONFIG }));
    } catch {
      first = html;
    }
  }
  return {
    html: sanitizeWithAllowlist(first, document),
    engine: purifier ? 'dompurify+allowlist' : 'allowlist',
  };
}

declare const safeHtmlBrand: unique symbol;

/**
 * HTML the library builds itself, through `safeText` and `safeElement` only: the same allowlist
 * as `sanitizeHtml` applied while it is written, and written as an HTML serializer writes a tree,
 * so it needs no parse: sanitizing it again gives it back unchanged.
 */
export type SafeHtml = string & { readonly [safeHtmlBrand]: true };

/** Elements without an end tag (of the allowed ones). */
const VOID_TAGS = new Set(['br', 'hr', 'img']);
// eslint-disable-next-line no-control-regex -- NUL is what the parser drops
const NEEDS_TEXT_ESCAPE = /[&<>\u00A0\u0000\r]/;
// eslint-disable-next-line no-control-regex -- NUL is what the parser replaces
const NEEDS_ATTRIBUTE_ESCAPE = /[&"<>\u00A0\u0000\r]/;

/**
 * A text node as the HTML serializer writes it (`&`, `<`, `>`, NBSP escaped), after what a parser
 * would do on the way in: CR and CRLF read as LF, NUL dropped from text.
 */
export function safeText(text: string): SafeHtml {
  if (!NEEDS_TEXT_ESCAPE.test(text)) return text as SafeHtml;
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/\u0000/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\u00A0/g, '&nbsp;') as SafeHtml
  );
}

/** An attribute value as the HTML serializer writes it; a parser reads NUL as U+FFFD. */
function attributeText(value: string): string {
  if (!NEEDS_ATTRIBUTE_ESCAPE.test(value)) return value;
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/\u0000/g, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&quot;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\u00A0/g, '&nbsp;')
  );
}

export const NO_SAFE_HTML = '' as SafeHtml;

/**
 * One element with `content` inside, under the allowlist walker's rules: a dropped tag takes its
 * content with it, any other tag outside the allowlist leaves its content alone, attributes
 * outside the allowlist and unsafe URLs are left out.
 */
export function safeElement(
  tag: string,
  attributes: readonly (readonly [name: string, value: string])[],
  content: SafeHtml = NO_SAFE_HTML,
): SafeHtml {
  const name = tag.toLowerCase();
  if (droppedTags.has(name) || name.includes(':')) return NO_SAFE_HTML;
  if (!allowedTags.has(name)) return content;
  let open = `<${name}`;
  for (const [attribute, value] of attributes) {
    const attributeName = attribute.toLowerCase();
    if (!allowedAttributes.has(attributeName)) continue;
    if (urlAttributes.has(attributeName) && !isSafeUrl(value)) continue;
    open += ` ${attributeName}="${attributeText(value)}"`;
  }
  open += '>';
  return (VOID_TAGS.has(name) ? open : `${open}${content}</${name}>`) as SafeHtml;
}

/** Two safe pieces, one after the other. */
export function appendSafe(before: SafeHtml, after: SafeHtml): SafeHtml {
  return (before + after) as SafeHtml;
}

/** Safe pieces joined: what lies between them is white space or safe too. */
export function joinSafe(parts: readonly SafeHtml[], separator: '' | '\n' = ''): SafeHtml {
  return parts.join(separator) as SafeHtml;
}

/**
 * Returns a safe HTML string: no scripts, no event handlers, no `javascript:`/`data:` URLs, only
 * the tags and attributes of `sanitize-config.ts`. `document` provides the DOM implementation.
 */
export function sanitizeHtml(html: string, document: Document): string {
  return sanitizeHtmlDetailed(html, document).html;
}
