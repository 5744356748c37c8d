/**
 * `cleanText`: a plain-text extraction of a portal page (what `textContent` or a copy-paste gives:
 * title line, date line with counters, repeated title, sapo, body, photo file names, byline,
 * rating and session lines) → the same `Article` the HTML extractor returns.
 *
 * Pipeline, one small step each: split lines → find the date line and the title → classify every
 * later line (noise rules as data in `text-noise.ts`) → shape the kept lines into lead, headings,
 * paragraphs and figures → lay out `text` → find references. Every dropped line is logged in
 * `removed` with the rule that dropped it.
 */
import { layoutArticleText } from '../article/text-layout';
import { parseDateFromUrl } from '../dates/parse-date';
import { findReferences } from '../references/find-references';
import type { Article, ExtractResult } from '../types';
import { dateOfLine } from './classify-line';
import { guessTextCms } from './cms-signatures';
import { findFrame } from './find-frame';
import { renderHtml, shapeBlocks } from './shape-blocks';
import { toTextLines } from './text-lines';
import { walkLines } from './walk-lines';

export interface CleanTextOptions {
  url?: string | null;
}

/** At least this many teaser dates among the kept text: a list of articles, not one article. */
const LISTING_TEASER_DATES = 3;
/** An article has at least one paragraph this long (its lead or a body paragraph). */
const MIN_PROSE_PARAGRAPH = 120;

/**
 * Cleans a plain-text extraction of an article page. Returns an `Article` (same shape as
 * `extractArticle`), or `NotAnArticle` when the text holds no title and body.
 * `Article.text` is `layoutArticleText(lead, blocks).text`; `references` point into it.
 */
export function cleanText(text: string, options: CleanTextOptions = {}): ExtractResult {
  const url = options.url ?? null;
  const lines = toTextLines(text);
  const normalizedWhole = lines.map((line) => line.key).join('\n');
  const cms = guessTextCms(normalizedWhole);
  if (normalizedWhole.trim() === '') {
    return {
      notAnArticle: true,
      reason: 'empty-document',
      detail: 'The text is empty.',
      cms: cms.cms,
    };
  }
  const frame = findFrame(lines);
  const walk = walkLines(lines, frame);
  const { lead, blocks, images } = shapeBlocks(walk, cms, frame.title);
  if (walk.teaserDates >= LISTING_TEASER_DATES) {
    return {
      notAnArticle: true,
      reason: 'listing-page',
      detail: `${walk.teaserDates} dated teaser lines where the article body should be: a list of articles.`,
      cms: cms.cms,
    };
  }
  const hasProse = [lead ?? '', ...blocks.map((block) => ('text' in block ? block.text : ''))].some(
    (text) => text.length >= MIN_PROSE_PARAGRAPH,
  );
  // A dated notice whose content is its attached files is an article with an empty body.
  const attachmentNotice = walk.attachments.length > 0 && frame.dateIndex >= 0;
  if (frame.title === null || !(hasProse || attachmentNotice)) {
    return {
      notAnArticle: true,
      reason: 'too-little-text',
      detail:
        frame.title === null
          ? 'No title line was found in the text.'
          : 'No paragraph of prose remains after removing interface text.',
      cms: cms.cms,
    };
  }
  const dateLine = frame.dateIndex >= 0 ? lines[frame.dateIndex] : undefined;
  const published =
    (dateLine ? dateOfLine(dateLine)?.iso : undefined) ??
    (url ? parseDateFromUrl(url)?.iso : undefined) ??
    null;
  const layout = layoutArticleText(lead, blocks);
  const article: Article = {
    url,
    canonicalUrl: url,
    siteName: null,
    cms: cms.cms,
    title: frame.title,
    published,
    modified: null,
    author: walk.author,
    source: walk.source,
    lead,
    blocks,
    html: renderHtml(lead, blocks),
    text: layout.text,
    images,
    attachments: walk.attachments,
    tags: walk.tags,
    lang: 'vi',
    references: findReferences(layout.text),
    removed: walk.removed,
  };
  return article;
}
