/**
 * The detector's heuristic, kept tiny because it runs on every page once the user has enabled
 * the auto-offer: a government/Party host name or a portal CMS generator, plus a headline and
 * enough running text to be an article rather than a home or listing page.
 */
const GOVERNMENT_HOST = /(^|\.)(gov\.vn|dcs\.vn|chinhphu\.vn|quochoi\.vn)$/i;
const PORTAL_GENERATOR = /nukeviet|sharepoint|liferay|dotnetnuke|dnn|vhv/i;
const MIN_TEXT = 1200;
const MIN_PARAGRAPHS = 3;

export function looksLikeGovernmentArticle(document: Document, hostname: string): boolean {
  const generator =
    document.querySelector('meta[name="generator" i]')?.getAttribute('content') ?? '';
  if (!GOVERNMENT_HOST.test(hostname) && !PORTAL_GENERATOR.test(generator)) return false;
  if (document.querySelector('h1, h2') === null) return false;
  let paragraphs = 0;
  let length = 0;
  for (const paragraph of Array.from(document.querySelectorAll('p'))) {
    const size = (paragraph.textContent ?? '').trim().length;
    if (size >= 80) {
      paragraphs++;
      length += size;
    }
  }
  return paragraphs >= MIN_PARAGRAPHS && length >= MIN_TEXT;
}
