import { collapseWhiteSpace } from './collapse-white-space';
import type { ArchivedArticle, ArticleCitations, ArticlePassages, Citation } from '../types';

const PASSAGE_MAX = 320;
/**
 * A sentence ends at `.`/`!`/`?`/`…` followed by white space, or at a line break. No `u` flag:
 * every character involved is in the BMP, so code units and code points match alike, and
 * V8 runs the non-Unicode form faster.
 */
const SENTENCE_END = /[.!?…]\s|\n/g;

/**
 * Every sentence end of a text, found by ONE scan from its start: where each end mark starts
 * and the offset just after it, both ascending. An article with many references reads its text
 * once here instead of once per reference.
 */
interface SentenceEnds {
  starts: number[];
  ends: number[];
}

function sentenceEnds(text: string): SentenceEnds {
  const starts: number[] = [];
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    starts.push(match.index);
    ends.push(match.index + match[0].length);
  }
  return { starts, ends };
}

/** The number of values of an ascending array that are <= `value` (binary search). */
function countAtOrBelow(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Where the first sentence end at or after `offset` starts, as a scan of `text` from `offset`
 * would find it, or -1. The scan from the text's start saw the same matches from `offset` on,
 * except where a two-character end (`. `) started just before `offset`: that one hid a match
 * a scan from `offset` sees, when its white space is a line break.
 */
function sentenceEndFrom(text: string, ends: SentenceEnds, offset: number): number {
  const next = countAtOrBelow(ends.starts, offset - 1);
  if (next > 0 && ends.ends[next - 1]! > offset && text.charCodeAt(offset) === 0x0a) return offset;
  return next < ends.starts.length ? ends.starts[next]! : -1;
}

/**
 * The sentence of `text` around [start, end): from the previous sentence end (or line break)
 * to the next one, trimmed to `PASSAGE_MAX` characters around the reference. `ends` (from
 * `sentenceEnds(text)`) lets an article with many references scan its text once instead of
 * once per reference.
 */
export function passageAround(
  text: string,
  start: number,
  end: number,
  ends: SentenceEnds = sentenceEnds(text),
): string {
  const before = countAtOrBelow(ends.ends, start);
  let from = before === 0 ? 0 : ends.ends[before - 1]!;
  const next = sentenceEndFrom(text, ends, end);
  let to = next >= 0 ? next + 1 : text.length;
  if (to - from > PASSAGE_MAX) {
    const half = Math.floor((PASSAGE_MAX - (end - start)) / 2);
    from = Math.max(from, start - Math.max(half, 0));
    to = Math.min(to, end + Math.max(half, 0));
  }
  return collapseWhiteSpace(text, from, to);
}

/** One citation row per reference found in the article (rows of the references index). */
export function buildCitations(record: ArchivedArticle): Citation[] {
  const { text, references } = record.article;
  const ends = references.length > 0 ? sentenceEnds(text) : { starts: [], ends: [] };
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
    passage: passageAround(text, reference.start, reference.end, ends),
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
