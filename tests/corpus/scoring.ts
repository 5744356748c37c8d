/**
 * Shared scoring for extraction quality, used by the page corpus suite, the plain-text suite
 * and the benchmark (which scores Readability and Defuddle with the same functions).
 *
 * Text comparison: both sides are NFC-normalized and white space (NBSP included) is collapsed,
 * nothing else: the gold keeps `Ð` (U+00D0) and curly quotes as written and so does GovClip's
 * output, so exact comparisons stay exact. Tokens are lower-cased letter/digit runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { blockText } from '../../packages/core/src/article/text-layout';
import type { Article, Block, ExtractResult } from '../../packages/core/src/types';

export interface GoldImage {
  src: string;
  caption: string | null;
}
export interface GoldAttachment {
  href: string | null;
  name: string;
}
export interface PageGold {
  url: string | null;
  cms: string;
  is_article: boolean;
  title: string | null;
  published: string | null;
  author: string | null;
  lead: string | null;
  body_paragraphs: string[];
  images: GoldImage[];
  attachments: GoldAttachment[];
  tables: string[][][];
  must_not_contain: string[];
  directive_refs: string[];
}

/** NFC + white space collapsed (NBSP and line breaks included) + trimmed. */
export function normalizeForScoring(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFC')
    .replace(/[\s\u00A0\u202F\u2000-\u200B\uFEFF]+/gu, ' ')
    .trim();
}

/** Lower-cased runs of letters and digits of the normalized text. */
export function tokenize(text: string): string[] {
  return (
    normalizeForScoring(text)
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  );
}

export interface F1Score {
  precision: number;
  recall: number;
  f1: number;
}

/** Bag-of-tokens precision, recall and F1 (multiset overlap). Two empty sides score 1. */
export function tokenF1(expected: readonly string[], actual: readonly string[]): F1Score {
  if (expected.length === 0 && actual.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const counts = new Map<string, number>();
  for (const token of expected) counts.set(token, (counts.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of actual) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(token, left - 1);
    }
  }
  const precision = actual.length === 0 ? 0 : overlap / actual.length;
  const recall = expected.length === 0 ? 0 : overlap / expected.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The gold body: body paragraphs and table cells (no title, lead, captions). */
export function goldBodyText(gold: PageGold): string {
  return [...gold.body_paragraphs, ...gold.tables.flat(2)].join('\n');
}

/**
 * The running body text of blocks, as laid out in `Article.text` (figures add none: captions are
 * scored with images). Tokens ignore the layout's tabs and line breaks.
 */
export function blocksBodyText(blocks: readonly Block[]): string {
  return blocks.map((block) => blockText(block) ?? '').join('\n');
}

/** Body F1 of any extractor's plain body text against the gold. */
export function bodyF1(gold: PageGold, extractedBody: string): F1Score {
  return tokenF1(tokenize(goldBodyText(gold)), tokenize(extractedBody));
}

export function sameText(
  expected: string | null | undefined,
  actual: string | null | undefined,
): boolean {
  return normalizeForScoring(expected) === normalizeForScoring(actual);
}

/** Text of an HTML string without tags (entities decoded for the few that matter). */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every text field of an article, by name: where a `must_not_contain` string must not appear. */
export function articleTextFields(article: Article): Record<string, string> {
  return {
    title: article.title,
    lead: article.lead ?? '',
    author: article.author ?? '',
    source: article.source ?? '',
    text: article.text,
    captions: article.images.map((image) => image.caption ?? '').join('\n'),
    alts: article.images.map((image) => image.alt ?? '').join('\n'),
    figureText: article.blocks
      .map((block) => (block.type === 'figure' ? `${block.caption ?? ''}\n${block.alt ?? ''}` : ''))
      .join('\n'),
    attachmentNames: article.attachments.map((attachment) => attachment.name).join('\n'),
    tags: article.tags.join('\n'),
    html: htmlToText(article.html),
  };
}

export interface Leak {
  field: string;
  needle: string;
}

/** `must_not_contain` strings found in any text field (case-sensitive, after normalization). */
export function findLeaks(
  fields: Record<string, string>,
  mustNotContain: readonly string[],
): Leak[] {
  const leaks: Leak[] = [];
  for (const [field, value] of Object.entries(fields)) {
    const haystack = normalizeForScoring(value);
    for (const needle of mustNotContain) {
      if (haystack.includes(normalizeForScoring(needle))) leaks.push({ field, needle });
    }
  }
  return leaks;
}

export interface ListMatch {
  expected: number;
  matched: number;
  extracted: number;
}

/** Images matched in order-independent fashion on src AND caption. */
export function matchImages(
  expected: readonly GoldImage[],
  actual: readonly { src: string; caption: string | null }[],
): ListMatch {
  const pool = [...actual];
  let matched = 0;
  for (const image of expected) {
    const index = pool.findIndex(
      (candidate) => candidate.src === image.src && sameText(candidate.caption, image.caption),
    );
    if (index >= 0) {
      matched++;
      pool.splice(index, 1);
    }
  }
  return { expected: expected.length, matched, extracted: actual.length };
}

export function matchAttachments(
  expected: readonly GoldAttachment[],
  actual: readonly { href: string | null; name: string }[],
): ListMatch {
  const pool = [...actual];
  let matched = 0;
  for (const attachment of expected) {
    const index = pool.findIndex(
      (candidate) =>
        candidate.href === attachment.href && sameText(candidate.name, attachment.name),
    );
    if (index >= 0) {
      matched++;
      pool.splice(index, 1);
    }
  }
  return { expected: expected.length, matched, extracted: actual.length };
}

export interface PageScore {
  page: string;
  isArticleExpected: boolean;
  isArticle: boolean;
  body: F1Score;
  titleOk: boolean;
  dateOk: boolean;
  authorOk: boolean;
  leadOk: boolean;
  leaks: Leak[];
  images: ListMatch;
  attachments: ListMatch;
}

/** Scores one GovClip result against its gold. */
export function scorePage(page: string, gold: PageGold, result: ExtractResult): PageScore {
  const isArticle = !('notAnArticle' in result);
  if (!isArticle) {
    const empty = { expected: gold.images.length, matched: 0, extracted: 0 };
    return {
      page,
      isArticleExpected: gold.is_article,
      isArticle,
      body: tokenF1(tokenize(goldBodyText(gold)), []),
      titleOk: gold.title === null,
      dateOk: gold.published === null,
      authorOk: gold.author === null,
      leadOk: gold.lead === null,
      leaks: [],
      images: empty,
      attachments: { expected: gold.attachments.length, matched: 0, extracted: 0 },
    };
  }
  const article = result as Article;
  return {
    page,
    isArticleExpected: gold.is_article,
    isArticle,
    body: bodyF1(gold, blocksBodyText(article.blocks)),
    titleOk: sameText(gold.title, article.title),
    dateOk: (gold.published ?? null) === (article.published ?? null),
    authorOk: sameText(gold.author, article.author),
    leadOk: sameText(gold.lead, article.lead),
    leaks: findLeaks(articleTextFields(article), gold.must_not_contain),
    images: matchImages(gold.images, article.images),
    attachments: matchAttachments(gold.attachments, article.attachments),
  };
}

export function formatScoreTable(scores: readonly PageScore[]): string {
  const pct = (value: number) => (value * 100).toFixed(1).padStart(5);
  const mark = (ok: boolean) => (ok ? ' ok ' : ' XX ');
  const lines = [
    'page                                   art  bodyF1   P     R   title date auth lead leaks img   att',
  ];
  for (const score of scores) {
    lines.push(
      [
        score.page.padEnd(38),
        score.isArticle === score.isArticleExpected ? ' ok' : ' XX',
        pct(score.body.f1),
        pct(score.body.precision),
        pct(score.body.recall),
        mark(score.titleOk),
        mark(score.dateOk),
        mark(score.authorOk),
        mark(score.leadOk),
        String(score.leaks.length).padStart(4),
        `${score.images.matched}/${score.images.expected}`.padStart(5),
        `${score.attachments.matched}/${score.attachments.expected}`.padStart(5),
      ].join(' '),
    );
  }
  return lines.join('\n');
}

// --- The developers' page corpus (HTML + gold), for the corpus suites and benchmarks. ---

export const PAGES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/corpus/pages',
);

export interface CorpusPage {
  name: string;
  html: string;
  gold: PageGold;
}

export function loadPages(): CorpusPage[] {
  return readdirSync(PAGES_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      return {
        name,
        html: readFileSync(path.join(PAGES_DIR, file), 'utf8'),
        gold: JSON.parse(
          readFileSync(path.join(PAGES_DIR, `${name}.gold.json`), 'utf8'),
        ) as PageGold,
      };
    });
}
