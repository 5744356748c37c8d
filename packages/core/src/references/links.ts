import type { Reference } from '../types';
import { LINK_SITES, NOT_ON_VBPL } from './link-sites-table';
import { canonicalCode, canonicalIssuer } from './reference-key';

export interface ReferenceLink {
  /** Name of the public legal-document site. */
  site: string;
  url: string;
}

/**
 * The symbol as the sites index it (references.md §13, query normalisation): Party
 * `{số}-{CODE}/{ISSUER}` (`QĐi` keeps its lower-case i), State `{số}/{năm}/{CODE}-{ISSUER}`.
 * Leading zeros stay as printed: search engines treat `3-NQ/TU` and `03-NQ/TU` differently.
 */
export function searchSymbol(reference: Reference): string | null {
  const { number, code, issuer } = reference;
  if (!number || !issuer) return null;
  const cleanIssuer = canonicalIssuer(issuer, reference.issuingBody);
  if (reference.kind === 'party' && code) return `${number}-${canonicalCode(code)}/${cleanIssuer}`;
  const tail = code ? `${canonicalCode(code)}-${cleanIssuer}` : cleanIssuer;
  const yearInSymbol = reference.key.startsWith(
    `${number.replace(/^0+(?=\d)/u, '').padStart(2, '0')}/${reference.year ?? ''}/`,
  );
  return yearInSymbol && reference.year
    ? `${number}/${reference.year}/${tail}`
    : `${number}/${tail}`;
}

/**
 * Whether a short form was resolved to a full mention: its key is then that mention's symbol
 * (`18-NQ/TW@2017`), where an unresolved one keeps `type:number` (reference-key.ts).
 */
function isResolvedShortForm(reference: Reference): boolean {
  return (
    (reference.form === 'short' || reference.form === 'list-member') &&
    reference.code === null &&
    !reference.key.includes(':')
  );
}

/** What to search for: the symbol; a named law by name and year; nothing for unresolved short forms. */
function keyword(reference: Reference): string | null {
  const symbol = searchSymbol(reference);
  if (symbol) return symbol;
  // A resolved short form prints no symbol: search for the one of its full mention (its key).
  if (isResolvedShortForm(reference)) return reference.key.replace(/@\d{4}$/u, '');
  if (reference.form === 'named-law' && reference.title) {
    return [reference.type, reference.title, reference.year]
      .filter((part) => part !== null)
      .join(' ');
  }
  if (reference.form === 'named-law' && reference.type === 'Hiến pháp') {
    return reference.year ? `Hiến pháp ${reference.year}` : null;
  }
  return null;
}

/**
 * Search URLs on public legal-document sites for a reference. Pure string building, no
 * network: the extension opens one only when the user clicks it. Short forms that were not
 * resolved to a full mention and plenum names without a symbol get no link.
 */
export function referenceLinks(reference: Reference): ReferenceLink[] {
  const query = keyword(reference);
  if (!query) return [];
  const links: ReferenceLink[] = [];
  for (const site of LINK_SITES) {
    if (site.covers === 'party' && reference.kind !== 'party') continue;
    if (site.covers === 'state' && reference.kind !== 'state') continue;
    if (
      site.covers === 'state-legal' &&
      (reference.kind !== 'state' || NOT_ON_VBPL.has(reference.type))
    )
      continue;
    const text = site.covers === 'party' ? `site:${site.site} "${query}"` : query;
    links.push({ site: site.site, url: site.template.replace('{kw}', encodeURIComponent(text)) });
  }
  return links;
}
