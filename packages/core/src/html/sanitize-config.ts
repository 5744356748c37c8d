import type { Config } from 'dompurify';

/**
 * THE sanitizer configuration: the one list of what may reach the reader as HTML. DOMPurify and
 * the allowlist walker read the same lists, so both paths agree on what survives.
 */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'figure',
  'figcaption',
  'img',
  'hr',
  'span',
  'div',
] as const;

export const ALLOWED_ATTRIBUTES = [
  'href',
  'src',
  'alt',
  'title',
  'colspan',
  'rowspan',
  'class',
  'lang',
] as const;

/** Elements removed together with everything inside them (never unwrapped into text). */
export const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'link',
  'meta',
  'base',
  'head',
  'title',
  'audio',
  'video',
  'canvas',
  'portal',
  'dialog',
] as const;

/** Attributes that carry URLs and must use a safe scheme. */
export const URL_ATTRIBUTES = ['href', 'src'] as const;

/** http(s), mailto, or a relative URL (no scheme before the first `/`, `?` or `#`). */
export const SAFE_URL = /^(?:(?:https?|mailto):|[^a-z:]*(?:[/?#]|$)|[^:]*$)/i;

export const DOMPURIFY_CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
  FORBID_TAGS: [...DROPPED_WITH_CONTENT],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  KEEP_CONTENT: true,
  RETURN_TRUSTED_TYPE: false,
};
