import type { ArchivedArticle, ArticleCitations, ArticlePassages, Citation } from '../types';

const PASSAGE_MAX = 320;
const SENTENCE_END = /[.!?…]\s|\n/gu;

/** Where each sentence (or line) of `text` ends, ascending: the offsets just after each end mark. */
function sentenceBoundaries(text: string): number[] {
  const boundaries: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    boundaries.push(match.index + match[0].length);
  }
  return boundaries;
}

/** The last boundary at or before `offset`, or 0 (binary search over ascending boundaries). */
function boundaryAtOrBefore(boundaries: readonly number[], offset: number): number {
  let low = 0;
  let high = boundaries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (boundaries[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? 0 : boundaries[low - 1]!;
}

/**
 * The sentence of `text` around [start, end): from the previous sentence end (or line break)
 * to the next one, trimmed to `PASSAGE_MAX` characters around the reference. `boundaries`
 * (from `sentenceBoundaries(text)`) lets an article with many references scan its text once
 * instead of once per reference.
 */
export function passageAround(
  text: string,
  start: number,
  end: number,
  boundaries: readonly number[] = sentenceBoundaries(text),
): string {
  let from = boundaryAtOrBefore(boundaries, start);
  SENTENCE_END.lastIndex = end;
  const next = SENTENCE_END.exec(text);
  let to = next ? next.index + 1 : text.length;
  if (to - from > PASSAGE_MAX) {
    const half = Math.floor((PASSAGE_MAX - (end - start)) / 2);
    from = Math.max(from, start - Math.max(half, 0));
    to = Math.min(to, end + Math.max(half, 0));
  }
  return text.slice(from, to).replace(/\s+/gu, ' ').trim();
}

/** One citation row per reference found in the article (rows of the references index). */
export function buildCitations(record: ArchivedArticle): Citation[] {
  const { text, references } = record.article;
  const boundaries = references.length > 0 ? sentenceBoundaries(text) : [];
  return references.map((reference) => ({
    key: reference.key,
    articleId: record.id,
    start: reference.start,
    end: reference.end,
    text: reference.text,
    type: reference.type,
    number: reference.number,
    code: reference.code,
    year: reference.year,
    issuer: reference.issuer,
    title: reference.title,
    passage: passageAround(text, reference.start, reference.end, boundaries),
  }));
}

/** The citations row and passages row of an article (see `ArticleCitations`). */
export function buildCitationRows(record: ArchivedArticle): {
  citations: ArticleCitations;
  passages: ArticlePassages;
} {
  const all = buildCitations(record).sort((a, b) => a.start - b.start);
  return {
    citations: {
      articleId: record.id,
      keys: [...new Set(all.map((citation) => citation.key))],
      refs: all.map(({ articleId: _articleId, passage: _passage, ...ref }) => ref),
    },
    passages: { articleId: record.id, passages: all.map((citation) => citation.passage) },
  };
}

/** One citation back from its rows. */
export function citationAt(
  row: ArticleCitations,
  passages: ArticlePassages | undefined,
  index: number,
): Citation {
  return {
    ...row.refs[index]!,
    articleId: row.articleId,
    passage: passages?.passages[index] ?? '',
  };
}
