/**
 * Pipeline step: metadata read from the page BEFORE noise is stripped (some of it lives in
 * hidden elements: NukeViet's full-size lead image sits in a `display:none` preview box).
 */
import type { ArticleAttachment, ArticleImage, RemovedItem } from '../types';
import type { CmsProfile } from '../profiles';
import { GENERIC_FIELDS } from '../profiles/generic';
import { isJunkImageText, normalizeForNoise } from '../noise/match-noise';
import {
  absoluteUrl,
  allVisible,
  cleanText,
  closestMatch,
  documentElements,
  firstVisible,
  selectAll,
  selectOne,
  tagName,
  textOf,
} from './dom';
import { isDateLine, parseMachineDate, parseVisibleDate } from './dates';
import { matchNoise } from '../noise/match-noise';
import { MAX_NFC_SHRINK, nonSpaceLength, type PageView } from './page-view';

export interface PageMetadata {
  title: string | null;
  /** Element the title came from (removed from the body if it sits inside it). */
  titleElement: Element | null;
  /** The title came from the profile's selectors (the profile recognised an article page). */
  titleFromProfile: boolean;
  siteName: string | null;
  /** `og:description` / `description` meta: often the (clipped) sapo. */
  description: string | null;
  canonicalUrl: string | null;
  lang: string;
  published: string | null;
  publishedElement: Element | null;
  modified: string | null;
  author: string | null;
  authorElement: Element | null;
  source: string | null;
  lead: string | null;
  leadElement: Element | null;
  tags: string[];
  attachments: ArticleAttachment[];
  leadImage: ArticleImage | null;
}

const AUTHOR_LABEL =
  /^(?:tác giả(?: bài viết)?|người đăng(?: tin)?|người viết|viết bởi|đăng bởi|bởi|tin,? ảnh|tin và ảnh|bài,? ảnh|bài và ảnh)\s*:?\s*/iu;
const NEXT_LABEL =
  /\s(?:ngày đăng|ngày cập nhật|ngày:|thời gian|lượt xem|xem:|cập nhật|đăng lúc|\||\d{1,2}\/\d{1,2}\/\d{4})/iu;
const SOURCE_LABEL = /(?:^|\s)nguồn(?: tin)?\s*:\s*/iu;

/**
 * The document's metadata elements (`meta`, `link rel=canonical`, `base href`, `title`, JSON-LD
 * scripts), read in one pass over the selector index's element list instead of one query each;
 * and the first `meta` per `property` and per `name`, since `meta()` is asked about a dozen names.
 * Whole document, as the queries were: JSON-LD and `meta` also turn up in the body.
 */
interface MetaIndex {
  metas: Element[];
  byProperty: Map<string, Element>;
  byName: Map<string, Element>;
  /** `script[type="application/ld+json"]` (`type` compares case-insensitively in HTML). */
  jsonLdScripts: Element[];
  /** The first `base[href]`, `link[rel=canonical]` (`rel` case-insensitive) and `title`. */
  base: Element | null;
  canonical: Element | null;
  title: Element | null;
}

const metaIndexes = new WeakMap<Document, MetaIndex>();

/** Drops the cached `meta` index of a document the caller may change later. */
export function forgetMetaIndex(document: Document): void {
  metaIndexes.delete(document);
}

function metaIndex(document: Document): MetaIndex {
  const cached = metaIndexes.get(document);
  if (cached) return cached;
  const index: MetaIndex = {
    metas: [],
    byProperty: new Map(),
    byName: new Map(),
    jsonLdScripts: [],
    base: null,
    canonical: null,
    title: null,
  };
  const { elements, tags } = documentElements(document);
  for (let i = 0; i < elements.length; i++) {
    const tag = tags[i];
    if (tag === 'meta') {
      const element = elements[i] as Element;
      index.metas.push(element);
      const property = element.getAttribute('property');
      if (property !== null && !index.byProperty.has(property))
        index.byProperty.set(property, element);
      const name = element.getAttribute('name');
      if (name !== null && !index.byName.has(name)) index.byName.set(name, element);
    } else if (tag === 'script') {
      const element = elements[i] as Element;
      if (element.getAttribute('type')?.toLowerCase() === 'application/ld+json')
        index.jsonLdScripts.push(element);
    } else if (tag === 'link') {
      const element = elements[i] as Element;
      if (index.canonical === null && element.getAttribute('rel')?.toLowerCase() === 'canonical')
        index.canonical = element;
    } else if (tag === 'base') {
      const element = elements[i] as Element;
      if (index.base === null && element.hasAttribute('href')) index.base = element;
    } else if (tag === 'title') {
      index.title ??= elements[i] as Element;
    }
  }
  metaIndexes.set(document, index);
  return index;
}

function meta(document: Document, names: readonly string[]): string | null {
  const index = metaIndex(document);
  for (const name of names) {
    const element = index.byProperty.get(name) ?? index.byName.get(name);
    const content = element?.getAttribute('content');
    if (content && content.trim()) return content.trim();
  }
  return null;
}

interface JsonLdFields {
  datePublished?: string;
  dateModified?: string;
  headline?: string;
  author?: string;
}

function readJsonLd(document: Document): JsonLdFields {
  const result: JsonLdFields = {};
  for (const script of metaIndex(document).jsonLdScripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const item = queue[i];
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        if (Array.isArray(record['@graph'])) queue.push(...record['@graph']);
        const type = String(record['@type'] ?? '');
        if (!/Article|Posting|Report/i.test(type)) continue;
        if (typeof record.datePublished === 'string') result.datePublished ??= record.datePublished;
        if (typeof record.dateModified === 'string') result.dateModified ??= record.dateModified;
        if (typeof record.headline === 'string') result.headline ??= record.headline;
        const author = record.author as { name?: unknown } | { name?: unknown }[] | undefined;
        const first = Array.isArray(author) ? author[0] : author;
        if (first && typeof first.name === 'string') result.author ??= first.name;
      }
    }
  }
  return result;
}

/** `Title - Site name` → `Title` when the suffix is the site name or the title is known. */
function stripTitleSuffix(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[-|–—»]\s+/u);
  if (parts.length < 2) return title;
  if (siteName) {
    const last = parts[parts.length - 1] ?? '';
    if (normalizeForNoise(last).toLowerCase() === normalizeForNoise(siteName).toLowerCase()) {
      return parts.slice(0, -1).join(' - ');
    }
  }
  const first = parts[0] ?? title;
  return first.split(/\s+/).length >= 4 ? first : title;
}

/** An `h1` that is not the site name (mobile themes print the site name as the first `h1`). */
function firstArticleHeading(document: Document, siteName: string | null): Element | null {
  for (const heading of selectAll(document, 'h1')) {
    if (closestMatch(heading, 'header, #header, .header, .logo, nav, footer, .banner')) continue;
    const text = textOf(heading);
    if (!text || (siteName && text === siteName)) continue;
    if (selectAll(heading.parentElement ?? heading, 'h1').length > 3) continue;
    return heading;
  }
  return null;
}

function labelFree(text: string): string {
  return cleanText(text.replace(AUTHOR_LABEL, ''));
}

/** Author and source from a byline element: `Tác giả: X`, `Nguồn tin: Y`, or a bare name. */
export function parseByline(text: string): { author: string | null; source: string | null } {
  const cleaned = cleanText(text);
  if (!cleaned) return { author: null, source: null };
  const sourceMatch = SOURCE_LABEL.exec(cleaned);
  let authorPart = cleaned;
  let source: string | null = null;
  if (sourceMatch) {
    authorPart = cleaned.slice(0, sourceMatch.index);
    source = cleanText(cleaned.slice(sourceMatch.index + sourceMatch[0].length)) || null;
  }
  // Labels printed on one line (`Người đăng tin: X Ngày đăng tin: … Lượt xem: …`): stop at the next.
  const authorText = labelFree(authorPart);
  const next = NEXT_LABEL.exec(authorText);
  const author =
    cleanText(next ? authorText.slice(0, next.index) : authorText)
      .replace(/[|,;–-]+$/u, '')
      .trim() || null;
  return { author, source };
}

function elementDate(element: Element): string | null {
  const datetime = element.getAttribute('datetime') ?? element.getAttribute('content');
  if (datetime) {
    const machine = parseMachineDate(datetime);
    if (machine) return machine;
  }
  return parseVisibleDate(textOf(element));
}

function fileType(name: string, href: string | null): string | null {
  const fromName = /\.([a-z0-9]{2,5})$/i.exec(name)?.[1];
  const fromHref = href ? /\.([a-z0-9]{2,5})(?:[?#]|$)/i.exec(href)?.[1] : undefined;
  return (fromName ?? fromHref)?.toLowerCase() ?? null;
}

function readAttachments(
  document: Document,
  profile: CmsProfile | null,
  base: string | null,
): ArticleAttachment[] {
  const seen = new Set<string>();
  const attachments: ArticleAttachment[] = [];
  for (const link of allVisible(document, profile?.attachments ?? [])) {
    const href = absoluteUrl(link.getAttribute('href'), base);
    if (!href || seen.has(href)) continue;
    const strong = selectOne(link, 'strong, b');
    const name =
      textOf(strong) ||
      cleanText(textOf(link).replace(/^tập tin\s*\d*\s*:\s*/iu, '')) ||
      cleanText((link.getAttribute('title') ?? '').replace(/^tập tin\s*/iu, ''));
    if (!name) continue;
    seen.add(href);
    attachments.push({ href, name, type: fileType(name, href) });
  }
  return attachments;
}

function readLeadImage(
  document: Document,
  profile: CmsProfile | null,
  base: string | null,
  title: string | null,
): ArticleImage | null {
  for (const selector of profile?.leadImage ?? []) {
    const image = selectOne(document, selector);
    if (!image) continue;
    let src = image.getAttribute('src') ?? image.getAttribute('data-src');
    if (!src) continue;
    for (const rewrite of profile?.leadImageFullSize ?? [])
      src = src.replace(rewrite.from, rewrite.to);
    const absolute = absoluteUrl(src, base);
    if (!absolute) continue;
    const captionText = textOf(firstVisible(document, profile?.leadImageCaption ?? []));
    const caption = captionText && !isJunkImageText(captionText, title) ? captionText : null;
    const altText = cleanText(image.getAttribute('alt'));
    const alt = altText && !isJunkImageText(altText, title) ? altText : null;
    return { src: absolute, caption, alt };
  }
  return null;
}

export function baseUrlOf(document: Document, url: string | null): string | null {
  const baseHref = metaIndex(document).base?.getAttribute('href');
  if (baseHref) {
    const resolved = absoluteUrl(baseHref, url);
    if (resolved) return resolved;
  }
  return url;
}

export function readMetadata(
  document: Document,
  profile: CmsProfile | null,
  url: string | null,
  removed: RemovedItem[],
): PageMetadata {
  const base = baseUrlOf(document, url);
  const jsonLd = readJsonLd(document);
  const siteName =
    meta(document, ['og:site_name', 'application-name']) ||
    textOf(selectOne(document, '[itemprop=publisher] [itemprop=name]')) ||
    null;
  const canonicalUrl =
    absoluteUrl(metaIndex(document).canonical?.getAttribute('href'), base) ??
    absoluteUrl(meta(document, ['og:url']), base) ??
    url;
  const lang =
    (document.documentElement.getAttribute('lang') ?? 'vi').split(/[-_]/)[0]?.toLowerCase() || 'vi';

  // Title: profile → og:title → the article h1 → <title> without the site suffix.
  let titleElement = firstVisible(document, profile?.title ?? []);
  let title = textOf(titleElement) || null;
  const titleFromProfile = title !== null;
  if (!title) {
    const ogTitle = cleanText(meta(document, ['og:title', 'twitter:title']) ?? jsonLd.headline);
    const heading = firstArticleHeading(document, siteName);
    const documentTitle = cleanText(metaIndex(document).title?.textContent);
    if (
      heading &&
      (!ogTitle || textOf(heading) === ogTitle || documentTitle.includes(textOf(heading)))
    ) {
      titleElement = heading;
      title = textOf(heading);
    } else if (ogTitle) {
      title = ogTitle;
    } else if (documentTitle) {
      title = stripTitleSuffix(documentTitle, siteName);
    }
  }

  // Published: visible date of the profile → machine dates → URL shape.
  let published: string | null = null;
  let publishedElement: Element | null = null;
  for (const selector of profile?.date ?? []) {
    for (const element of selectAll(document, selector)) {
      const value = elementDate(element);
      if (value) {
        published = value;
        publishedElement = element;
        break;
      }
    }
    if (published) break;
  }
  if (!published) {
    published =
      parseMachineDate(
        meta(document, ['article:published_time', 'datePublished', 'pubdate', 'publishdate']),
      ) ?? parseMachineDate(jsonLd.datePublished);
  }
  if (!published && profile?.urlDate && url) {
    const match = profile.urlDate.exec(url);
    if (match) published = parseVisibleDate(`${match[3]}/${match[2]}/${match[1]}`);
  }
  const modified =
    parseMachineDate(meta(document, ['article:modified_time', 'dateModified'])) ??
    parseMachineDate(jsonLd.dateModified);

  // Author and source.
  let author: string | null = null;
  let source: string | null = null;
  let authorElement: Element | null = null;
  for (const element of allVisible(document, profile?.author ?? [])) {
    const byline = parseByline(textOf(element));
    if (byline.author || byline.source) {
      author ??= byline.author;
      source ??= byline.source;
      authorElement ??= element;
    }
  }

  // Lead (sapo): null when it only repeats the title.
  const leadElement = firstVisible(document, profile?.lead ?? []);
  let lead = textOf(leadElement) || null;
  if (
    lead &&
    title &&
    normalizeForNoise(lead).toLowerCase() === normalizeForNoise(title).toLowerCase()
  ) {
    removed.push({ rule: 'metadata:lead-equals-title', excerpt: lead.slice(0, 80) });
    lead = null;
  }

  const tags = [
    ...new Set(
      allVisible(document, profile?.tags ?? [])
        .map((tag) => textOf(tag))
        .filter(Boolean),
    ),
  ];
  if (tags.length === 0) {
    for (const element of metaIndex(document).metas) {
      if (element.getAttribute('property') !== 'article:tag') continue;
      const tag = cleanText(element.getAttribute('content'));
      if (tag && !tags.includes(tag)) tags.push(tag);
    }
  }

  return {
    title,
    titleElement,
    titleFromProfile,
    siteName,
    description:
      cleanText(meta(document, ['og:description', 'description', 'twitter:description'])) || null,
    canonicalUrl,
    lang,
    published,
    publishedElement,
    modified,
    author,
    authorElement,
    source,
    lead,
    leadElement: lead ? leadElement : null,
    tags,
    attachments: readAttachments(document, profile, base),
    leadImage: readLeadImage(document, profile, base, title),
  };
}

const HEADER_CANDIDATES = new Set([
  'p',
  'span',
  'div',
  'td',
  'b',
  'strong',
  'i',
  'em',
  'time',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'small',
  'font',
]);
const HEADER_SCAN_LIMIT = 60;
const HEADER_LOOKBEHIND = 12;
const BYLINE_AND_DATE =
  /^(\p{Lu}[\p{Lu}\s.,–-]{2,60}?)\s+(\d{1,2}\/\d{1,2}\/\d{4}(?:\s+\d{1,2}:\d{2})?)$/u;

/**
 * Pages without a profile (or whose profile missed): the date and the sapo printed between the
 * title and the body, as table layouts and small CMSs do (`Thời gian đăng: …`, a bold summary).
 */
export function readHeaderNearTitle(
  page: PageView,
  title: string,
  stopText: string | null,
  wantLead: boolean,
): {
  published: string | null;
  lead: string | null;
  author: string | null;
  elements: Element[];
} {
  const { elements: all, sizes } = page.layout();
  // Only elements whose amount of text is near the title's can have exactly its text (NFC may
  // fold up to four code units of a decomposed letter into one): most are ruled out unread.
  const titleSize = nonSpaceLength(title);
  let titleIndex = -1;
  for (let i = 0; i < all.length; i++) {
    const element = all[i] as Element;
    const size = sizes[i] ?? titleSize;
    if (size * 3 < titleSize || size > titleSize * MAX_NFC_SHRINK) continue;
    if (page.text(element) !== title) continue;
    titleIndex = i;
    // Keep going: the deepest element with exactly the title text wins.
  }
  if (titleIndex < 0) return { published: null, lead: null, author: null, elements: [] };
  let published: string | null = null;
  let lead: string | null = null;
  let author: string | null = null;
  const elements: Element[] = [];
  const stop = stopText ? stopText.slice(0, 40) : null;
  for (let i = titleIndex + 1; i < all.length && i <= titleIndex + HEADER_SCAN_LIMIT; i++) {
    const element = all[i] as Element;
    if (!HEADER_CANDIDATES.has(element.tagName.toLowerCase())) continue;
    const text = page.text(element);
    if (!text) continue;
    const atBody = !!stop && text.startsWith(stop);
    if (!published && text.length <= 120) {
      const labelled = matchNoise(text, ['label']) ? parseVisibleDate(text) : null;
      const date = labelled ?? isDateLine(text);
      if (date) {
        published = date;
        elements.push(element);
        continue;
      }
      // Print layouts put the byline and the date on one line: `VĂN HÀO - TRẦN HỮU 30/04/2016 11:39`.
      const bylineDate = parseBylineDateLine(text);
      if (bylineDate) {
        published = bylineDate.published;
        author = bylineDate.author;
        elements.push(element);
        continue;
      }
    }
    if (atBody) break;
    const bold = ['b', 'strong'].includes(element.tagName.toLowerCase());
    if (wantLead && !lead && bold && text.length >= 60) {
      lead = text;
      elements.push(element);
    }
    if (published && (lead || !wantLead)) break;
  }
  // Some templates print the date above the title (K2, VHV, web parts): look a little before it.
  for (let i = titleIndex - 1; !published && i >= 0 && i >= titleIndex - HEADER_LOOKBEHIND; i--) {
    const element = all[i] as Element;
    if (
      !HEADER_CANDIDATES.has(element.tagName.toLowerCase()) ||
      page.contains(element, all[titleIndex] as Element)
    )
      continue;
    const text = page.text(element);
    if (!text || text.length > 120) continue;
    const date = (matchNoise(text, ['label']) ? parseVisibleDate(text) : null) ?? isDateLine(text);
    if (date) {
      published = date;
      elements.push(element);
    }
  }
  return { published, lead, author, elements };
}

const BYLINE_CANDIDATES = new Set(['p', 'span', 'div', 'td', 'li', 'em', 'strong', 'b']);
const BYLINE_MAX_LENGTH = 150;
const BYLINE_LABEL_START =
  /^(?:tác giả(?: bài viết)?|người đăng(?: tin)?|người viết|viết bởi|đăng bởi)\s*:?\s+\S/iu;

/** A labelled byline (`Tác giả bài viết: X`) anywhere outside navigation and footers. */
export function findLabelledByline(page: PageView): {
  author: string | null;
  source: string | null;
} {
  const { elements, sizes } = page.layout();
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i] as Element;
    // A text of more than BYLINE_MAX_LENGTH characters once cleaned is ruled out by its size
    // alone: the page's big containers are never read whole.
    if ((sizes[i] ?? 0) > BYLINE_MAX_LENGTH * MAX_NFC_SHRINK) continue;
    if (!BYLINE_CANDIDATES.has(tagName(element))) continue;
    const text = page.text(element);
    if (!text || text.length > BYLINE_MAX_LENGTH || !BYLINE_LABEL_START.test(text)) continue;
    if (page.closest(element, 'nav, footer, header, form, #footer, .footer')) continue;
    const byline = parseByline(text);
    if (byline.author) return byline;
  }
  return { author: null, source: null };
}

/**
 * Navigation, sidebars, forms and the SITE header/footer. An HTML5 `<header>` inside an
 * article or main element is the article's own header (title, date, byline) and does not count.
 */
function isSiteChrome(element: Element): boolean {
  if (closestMatch(element, 'nav, footer, aside, form, [role=banner], #header, .site-header'))
    return true;
  const header = closestMatch(element, 'header');
  return !!header && !closestMatch(header, 'article, main, [role=main]');
}

/**
 * Generic field selectors (class conventions) for what the profile did not find: a visible,
 * short byline; a visible date element; a sapo-sized summary outside the body root.
 */
export function readGenericFields(
  document: Document,
  root: Element,
  want: { author: boolean; date: boolean; lead: boolean },
): { author: string | null; published: string | null; lead: string | null; elements: Element[] } {
  const elements: Element[] = [];
  let author: string | null = null;
  let published: string | null = null;
  let lead: string | null = null;
  if (want.author) {
    for (const element of allVisible(document, GENERIC_FIELDS.author)) {
      if (isSiteChrome(element)) continue;
      const text = textOf(element);
      if (!text || text.length > 80) continue;
      const byline = parseByline(text);
      if (byline.author && byline.author.split(' ').length <= 10 && !/\d{3,}/.test(byline.author)) {
        author = byline.author;
        elements.push(element);
        break;
      }
    }
  }
  if (want.date) {
    for (const element of allVisible(document, GENERIC_FIELDS.date)) {
      if (closestMatch(element, 'nav, footer, aside') || textOf(element).length > 120) continue;
      const value = elementDate(element);
      if (value) {
        published = value;
        elements.push(element);
        break;
      }
    }
  }
  if (want.lead) {
    for (const element of allVisible(document, GENERIC_FIELDS.lead)) {
      if (
        root.contains(element) ||
        element.contains(root) ||
        closestMatch(element, 'nav, footer, aside, header')
      )
        continue;
      const text = textOf(element);
      if (text.length >= 60 && text.length <= 1000 && /[.!?…”"]$/u.test(text)) {
        lead = text;
        elements.push(element);
        break;
      }
    }
  }
  return { author, published, lead, elements };
}

/** `VĂN HÀO - TRẦN HỮU 30/04/2016 11:39`: an upper-case byline and the date on one line. */
export function parseBylineDateLine(text: string): { author: string; published: string } | null {
  const match = BYLINE_AND_DATE.exec(text);
  if (!match) return null;
  const published = parseVisibleDate(match[2] ?? '');
  const author = cleanText(match[1]).replace(/[\s,–-]+$/u, '');
  return published && author ? { author, published } : null;
}
