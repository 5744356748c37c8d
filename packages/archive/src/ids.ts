/** Query parameters that only track where a click came from: never part of an article's identity. */
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|zarsrc|_ga|mc_\w+)$/iu;

/**
 * The archive id of an article: its canonical URL, normalized so the same page saved twice
 * gets the same id (scheme and host lower case, no fragment, no tracking parameters, no
 * trailing slash on the path). Saving again therefore updates the record instead of
 * duplicating it.
 */
export function articleIdFromUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
  }
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith('/')) {
    parsed.pathname = parsed.pathname.replace(/\/+$/u, '');
  }
  return parsed.toString();
}

/** FNV-1a, 32 bit, as 8 hex digits: a stable id for articles that have no URL (plain text). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The id of an article: from its canonical URL, else its URL, else its title and text. */
export function articleIdOf(article: {
  canonicalUrl: string | null;
  url: string | null;
  title: string;
  text: string;
}): string {
  const url = article.canonicalUrl ?? article.url;
  if (url) return articleIdFromUrl(url);
  return `text:${fnv1a(`${article.title}\n${article.text}`)}`;
}
