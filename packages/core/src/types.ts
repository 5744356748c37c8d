/**
 * The data GovClip produces: plain, serializable objects (no DOM nodes), so they can be
 * stored in IndexedDB, posted between extension contexts and printed by the CLI.
 */

/** CMS families the extractor has a profile for; `generic` is the Readability-based fallback. */
export type CmsFamily =
  | 'nukeviet'
  | 'sharepoint'
  | 'liferay'
  | 'liferay-dnict'
  | 'dnn'
  | 'baochinhphu'
  | 'dangcongsan'
  | 'joomla'
  | 'wordpress'
  | 'newspaper-zce'
  | 'vhv'
  | 'generic';

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; text: string }
  | { type: 'paragraph'; text: string; html: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'table'; rows: string[][] }
  | { type: 'figure'; src: string; caption: string | null; alt: string | null }
  | { type: 'quote'; text: string };

export interface ArticleImage {
  /** Absolute URL. */
  src: string;
  caption: string | null;
  alt: string | null;
}

export interface ArticleAttachment {
  /** Absolute URL, or null when the source (plain text) has none. */
  href: string | null;
  name: string;
  /** File type from the extension: `pdf`, `docx`, `xlsx`, … or null when unknown. */
  type: string | null;
}

/** One item the pipeline removed, and the rule that removed it: the debugging log of a page. */
export interface RemovedItem {
  /** Name of the rule or pipeline step, e.g. `noise:rating-widget`, `profile:nukeviet:comments`. */
  rule: string;
  /** A short excerpt of what was removed (text, or a tag/selector description). */
  excerpt: string;
}

export type ReferenceKind = 'party' | 'state';

export type ReferenceForm =
  'full' | 'short' | 'named-law' | 'list-member' | 'code-only' | 'unnumbered';

/** A document reference found in text. Offsets are UTF-16 code units into the ORIGINAL input. */
export interface Reference {
  text: string;
  start: number;
  end: number;
  kind: ReferenceKind;
  /** Canonical Vietnamese type name: `Nghị quyết`, `Chỉ thị`, `Quyết định`, … */
  type: string;
  number: string | null;
  code: string | null;
  issuer: string | null;
  year: number | null;
  /** ISO date of issue (`YYYY-MM-DD`), only when attached to the reference. */
  date: string | null;
  issuingBody: string | null;
  /** Roman numeral, e.g. `XII`. */
  term: string | null;
  title: string | null;
  form: ReferenceForm;
  /** Normalized identity so the same document cited in different ways groups together. */
  key: string;
}

export interface Article {
  url: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  cms: CmsFamily;
  title: string;
  /** ISO 8601: `YYYY-MM-DDTHH:mm+07:00` when the page shows a time, `YYYY-MM-DD` when only a date. */
  published: string | null;
  modified: string | null;
  author: string | null;
  /** Source line (`Nguồn tin: …`), kept apart from the author. */
  source: string | null;
  lead: string | null;
  blocks: Block[];
  /** Clean, sanitized HTML of the lead and body. */
  html: string;
  /**
   * Plain text of the lead and body, blocks separated by blank lines, laid out by
   * `layoutArticleText(lead, blocks)`. Reference offsets and highlight anchors point into it.
   */
  text: string;
  images: ArticleImage[];
  attachments: ArticleAttachment[];
  tags: string[];
  lang: string;
  /** References found in `text` (lead and body only); offsets point into `text`. */
  references: Reference[];
  removed: RemovedItem[];
}

/** Why a page is not an article: the extractor says so instead of returning junk. */
export type NotArticleReason =
  'listing-page' | 'home-page' | 'no-main-content' | 'too-little-text' | 'empty-document';

export interface NotAnArticle {
  notAnArticle: true;
  reason: NotArticleReason;
  /** Human-readable detail, in English. */
  detail: string;
  cms: CmsFamily;
}

export type ExtractResult = Article | NotAnArticle;

export function isArticle(result: ExtractResult): result is Article {
  return !('notAnArticle' in result);
}
