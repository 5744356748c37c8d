import type { ArchivedArticle, Citation } from '../types';

const PASSAGE_MAX = 320;
const SENTENCE_END = /[.!?…]\s|\n/gu;

/**
 * The sentence of `text` around [start, end): from the previous sentence end (or line break)
 * to the next one, trimmed to `PASSAGE_MAX` characters around the reference.
 */
export function passageAround(text: string, start: number, end: number): string {
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const boundary = match.index + match[0].length;
    if (boundary <= start) from = boundary;
    else break;
  }
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
    passage: passageAround(text, reference.start, reference.end),
  }));
}
