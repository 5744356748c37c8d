/**
 * The derived rows a save or a restore writes (card, citations, passages) are built
 * by faster code than their first definitions (one-pass white-space collapsing, a flattened head
 * for the excerpt, sentence ends found once per article). The first definitions are kept here,
 * verbatim, and every row is compared with them: on generated archives (corpus and template
 * text), and on random texts full of the edge cases (white-space runs of every kind at a cut,
 * sentence marks before line breaks, surrogate pairs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCard, excerptOf } from '../../packages/archive/src/storage/cards';
import { buildCitationRows, passageAround } from '../../packages/archive/src/storage/citations';
import { collapseWhiteSpace } from '../../packages/archive/src/storage/collapse-white-space';
import type { ArchivedArticle } from '../../packages/archive/src/types';
import { generateArchive, generatedRecords, TEMPLATE_SEEDS } from '../bench/lib/generate-articles';
import { corpusSeeds } from '../bench/lib/seeds';

// ---- The first definitions (before the speed-up), verbatim. ----

const EXCERPT_LENGTH = 240;

function referenceExcerpt(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
  return `${flat.slice(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH)}…`;
}

const PASSAGE_MAX = 320;
const SENTENCE_END = /[.!?…]\s|\n/gu;

function sentenceBoundaries(text: string): number[] {
  const boundaries: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    boundaries.push(match.index + match[0].length);
  }
  return boundaries;
}

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

function referencePassage(text: string, start: number, end: number): string {
  let from = boundaryAtOrBefore(sentenceBoundaries(text), start);
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

// ---- Generated archives. ----

function archives(): { name: string; records: ReturnType<typeof generatedRecords> }[] {
  return [
    {
      name: 'corpus text, 5–15 KB',
      records: generatedRecords(
        generateArchive({
          articles: 120,
          seeds: corpusSeeds(),
          textBytes: [5_000, 15_000],
          highlightsPerArticle: 4,
        }),
      ),
    },
    {
      name: 'template text, 0.3–1.5 KB',
      records: generatedRecords(
        generateArchive({ articles: 120, seeds: TEMPLATE_SEEDS, highlightsPerArticle: 3 }),
      ),
    },
  ];
}

/** An article with the given text and references at the given spans. */
function articleWith(text: string, spans: readonly (readonly [number, number])[]): ArchivedArticle {
  const [item] = generatedRecords(generateArchive({ articles: 1, highlightsPerArticle: 0 }));
  const record = item!.record;
  return {
    ...record,
    article: {
      ...record.article,
      text,
      lead: null,
      references: spans.map(([start, end], index) => ({
        ...record.article.references[0]!,
        key: `key-${index % 3}`,
        start,
        end,
        text: text.slice(start, end),
      })),
    },
  };
}

/** Texts made of the pieces the cuts are sensitive to. */
const edgyText = fc
  .array(
    fc.constantFrom(
      'Điều',
      'khoản',
      'Nghị quyết 03-NQ/TU',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\t',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\ufeff',
      '.',
      '. ',
      '.\n',
      '!',
      '?\n',
      '…',
      '… ',
      '😀',
      '\ud83d',
      'x'.repeat(150),
      'lorem ipsum '.repeat(30),
    ),
    { maxLength: 160 },
  )
  .map((pieces) => pieces.join(''));

describe('derived rows: the faster builders give the rows of the first definitions', () => {
  it('collapseWhiteSpace is replace(/\\s+/gu, " ").trim() of the slice (fast-check)', () => {
    fc.assert(
      fc.property(edgyText, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        expect(collapseWhiteSpace(text, from, to)).toBe(
          text.slice(from, to).replace(/\s+/gu, ' ').trim(),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('excerpts and passages match on random texts (fast-check)', () => {
    fc.assert(
      fc.property(
        edgyText,
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 60 })), { maxLength: 12 }),
        (text, picks) => {
          expect(excerptOf(text)).toBe(referenceExcerpt(text));
          const spans = picks.map(([at, length]): [number, number] => {
            const start = at % (text.length + 1);
            return [start, Math.min(text.length, start + length)];
          });
          for (const [start, end] of spans)
            expect(passageAround(text, start, end)).toBe(referencePassage(text, start, end));
          const rows = buildCitationRows(articleWith(text, spans));
          const ordered = [...spans].sort((x, y) => x[0] - y[0]);
          expect(rows.passages.passages).toEqual(
            ordered.map(([start, end]) => referencePassage(text, start, end)),
          );
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('excerpts at every length around the cut (white space runs straddling the head)', () => {
    for (const filler of [' ', '\n \t', '\u00a0\u3000']) {
      for (let length = 900; length < 1_200; length += 7) {
        const text = `${'á'.repeat(length)}${filler}${'b '.repeat(200)}`;
        expect(excerptOf(text)).toBe(referenceExcerpt(text));
        const spaced = `${filler.repeat(length)}${'word '.repeat(100)}`;
        expect(excerptOf(spaced)).toBe(referenceExcerpt(spaced));
      }
      // A head whose flattened text stops right at the excerpt's length, the rest further on.
      for (let letters = 230; letters <= 250; letters++) {
        const text = `${'a'.repeat(letters)}${filler.repeat(1_000)}b c`;
        expect(excerptOf(text)).toBe(referenceExcerpt(text));
      }
      // Words between long runs: the flattened head lands on every length near the excerpt's.
      for (let run = 1; run <= 40; run++) {
        for (let shift = 0; shift < 16; shift++) {
          const text = `${'x'.repeat(shift)}${`ab${filler.repeat(run)}`.repeat(400)}`;
          expect(excerptOf(text)).toBe(referenceExcerpt(text));
        }
      }
    }
  });

  for (const { name, records } of archives()) {
    it(`cards, citations and passages of a generated archive (${name})`, () => {
      let references = 0;
      for (const { record, annotations } of records) {
        references += record.article.references.length;
        const card = buildCard(record, annotations, 7);
        expect(card.excerpt).toBe(referenceExcerpt(record.article.lead ?? record.article.text));
        // The excerpt of the body too (most bench articles have a lead).
        expect(excerptOf(record.article.text)).toBe(referenceExcerpt(record.article.text));
        const rows = buildCitationRows(record);
        const ordered = [...record.article.references].sort((a, b) => a.start - b.start);
        expect(rows.passages.passages).toEqual(
          ordered.map((reference) =>
            referencePassage(record.article.text, reference.start, reference.end),
          ),
        );
        expect(rows.citations.refs.map((ref) => [ref.key, ref.start, ref.end])).toEqual(
          ordered.map((reference) => [reference.key, reference.start, reference.end]),
        );
      }
      // The archive really exercises the citation code.
      expect(references).toBeGreaterThan(records.length);
    });
  }
});
