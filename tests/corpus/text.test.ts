/**
 * Plain-text corpus: every `tests/fixtures/corpus/text/*.txt` case through `cleanText`, scored
 * against its gold record. Prints one table; minimum scores are pinned at what the pipeline
 * measured when this test was written, so any regression fails.
 *
 * Scoring comes from the shared scorer (`tests/corpus/scoring.ts`, the same one the page corpus
 * and the benchmark use): NFC + collapsed white space, bag-of-tokens F1, leaks in every text field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../packages/core/src/text/clean-text';
import { isArticle, type Article } from '../../packages/core/src/types';
import {
  articleTextFields,
  blocksBodyText,
  bodyF1,
  findLeaks,
  sameText,
  type PageGold,
} from './scoring';

const TEXT_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'corpus', 'text');
const PAGES_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'corpus', 'pages');

/** Gold CMS names → our `CmsFamily`. */
const GOLD_CMS: Record<string, string> = {
  'baochinhphu-style': 'baochinhphu',
  'joomla-k2': 'joomla',
  unknown: 'generic',
};

interface CaseScore {
  name: string;
  bodyF1: number;
  title: boolean;
  date: boolean;
  author: boolean;
  lead: boolean;
  attachments: boolean;
  captions: boolean;
  cms: boolean;
  leaks: string[];
}

function scoreCase(name: string): CaseScore {
  const input = readFileSync(path.join(TEXT_DIR, `${name}.txt`), 'utf8');
  const gold = JSON.parse(
    readFileSync(path.join(TEXT_DIR, `${name}.gold.json`), 'utf8'),
  ) as PageGold;
  const result = cleanText(input);
  if (!isArticle(result)) {
    return {
      name,
      bodyF1: 0,
      title: false,
      date: false,
      author: false,
      lead: false,
      attachments: false,
      captions: false,
      cms: false,
      leaks: [`not an article: ${result.reason}`],
    };
  }
  return {
    name,
    bodyF1: bodyF1(gold, blocksBodyText(result.blocks)).f1,
    title: sameText(gold.title, result.title),
    date: result.published === gold.published,
    author: sameText(gold.author, result.author),
    lead: sameText(gold.lead, result.lead),
    attachments:
      JSON.stringify(result.attachments.map((attachment) => attachment.name)) ===
      JSON.stringify(gold.attachments.map((attachment) => attachment.name)),
    captions:
      JSON.stringify(result.images.map((image) => image.caption)) ===
      JSON.stringify(gold.images.map((image) => image.caption)),
    cms: result.cms === (GOLD_CMS[gold.cms] ?? gold.cms),
    leaks: leakedNeedles(result, gold),
  };
}

/** Each `must_not_contain` string found in any text field, once (wherever it leaked). */
function leakedNeedles(result: Article, gold: PageGold): string[] {
  return [
    ...new Set(
      findLeaks(articleTextFields(result), gold.must_not_contain).map((leak) => leak.needle),
    ),
  ];
}

const caseNames = readdirSync(TEXT_DIR)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -'.txt'.length))
  .sort();
const scores = caseNames.map(scoreCase);

const rate = (pick: (score: CaseScore) => boolean) =>
  scores.filter(pick).length / Math.max(1, scores.length);
const mark = (value: boolean) => (value ? 'ok' : 'NO');

describe('cleanText on the plain-text corpus', () => {
  it('prints the per-case table', () => {
    const rows = scores.map((score) => ({
      case: score.name,
      'body F1': score.bodyF1.toFixed(4),
      title: mark(score.title),
      date: mark(score.date),
      author: mark(score.author),
      lead: mark(score.lead),
      files: mark(score.attachments),
      captions: mark(score.captions),
      cms: mark(score.cms),
      leaks: score.leaks.length,
    }));
    console.table(rows);
    const meanF1 = scores.reduce((sum, score) => sum + score.bodyF1, 0) / scores.length;
    console.log(
      `text cases: ${scores.length}  mean body F1 ${meanF1.toFixed(4)}  title ${rate((s) => s.title) * 100}%  ` +
        `date ${rate((s) => s.date) * 100}%  author ${rate((s) => s.author) * 100}%  leaks ${scores.reduce((sum, s) => sum + s.leaks.length, 0)}`,
    );
    expect(scores.length).toBe(11);
  });

  // Pinned minimums: the targets are mean F1 ≥ 0.99, each ≥ 0.95, title 100 %, date ≥ 98 %,
  // author ≥ 95 %; the pipeline measured 1.0 / 100 % on every line when pinned.
  it('keeps the body: mean F1 ≥ 0.995 and every case ≥ 0.99', () => {
    const meanF1 = scores.reduce((sum, score) => sum + score.bodyF1, 0) / scores.length;
    expect(meanF1).toBeGreaterThanOrEqual(0.995);
    for (const score of scores) expect(score.bodyF1, score.name).toBeGreaterThanOrEqual(0.99);
  });

  it('leaks no interface text (must_not_contain)', () => {
    for (const score of scores) expect(score.leaks, score.name).toEqual([]);
  });

  it('gets every title, date, author, lead, attachment list and caption list', () => {
    expect(rate((s) => s.title)).toBe(1);
    expect(rate((s) => s.date)).toBe(1);
    expect(rate((s) => s.author)).toBe(1);
    expect(rate((s) => s.lead)).toBe(1);
    expect(rate((s) => s.attachments)).toBe(1);
    expect(rate((s) => s.captions)).toBe(1);
  });

  it('guesses the CMS family from the noise signature', () => {
    expect(rate((s) => s.cms)).toBe(1);
  });
});

/**
 * Generalization check: the 26 HTML pages turned into plain text the naive way (`textContent`
 * with block elements on their own lines, CSS-hidden text included, scripts and styles removed)
 * — layouts the text cases never showed, whole menus, sidebars and footers included.
 */
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body center dd details div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hr html label li main marquee nav ol option p pre ' +
    'section select summary table td th tr ul'
  ).split(' '),
);

function naiveText(html: string): string {
  const { document } = parseHTML(html);
  for (const element of [...document.querySelectorAll('script, style, noscript, template, head')]) {
    element.remove();
  }
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += (node.textContent ?? '').replace(/[ \t\r\n]+/gu, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'br') {
      out += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) out += '\n';
    node.childNodes.forEach(walk);
    if (block) out += '\n';
  };
  walk(document.documentElement as unknown as Node);
  return out
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n');
}

interface PageScore {
  name: string;
  isArticle: boolean;
  recognised: boolean;
  bodyF1: number;
  title: boolean;
  date: boolean;
  author: boolean;
  leaks: string[];
}

function scorePage(name: string): PageScore {
  const gold = JSON.parse(
    readFileSync(path.join(PAGES_DIR, `${name}.gold.json`), 'utf8'),
  ) as PageGold;
  const result = cleanText(naiveText(readFileSync(path.join(PAGES_DIR, `${name}.html`), 'utf8')));
  const isArticleGold = gold.is_article !== false;
  if (!isArticle(result)) {
    return {
      name,
      isArticle: isArticleGold,
      recognised: !isArticleGold,
      bodyF1: 0,
      title: false,
      date: false,
      author: false,
      leaks: [],
    };
  }
  return {
    name,
    isArticle: isArticleGold,
    recognised: isArticleGold,
    bodyF1: bodyF1(gold, blocksBodyText(result.blocks)).f1,
    title: sameText(gold.title, result.title),
    date: result.published === gold.published,
    author: sameText(gold.author, result.author),
    leaks: leakedNeedles(result, gold),
  };
}

const pageNames = readdirSync(PAGES_DIR)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length))
  .sort();
const pageScores = pageNames.map(scorePage);
const articlePages = pageScores.filter((score) => score.isArticle);
const pageRate = (pick: (score: PageScore) => boolean) =>
  articlePages.filter(pick).length / Math.max(1, articlePages.length);

describe('cleanText on the HTML pages as naive plain text (generalization)', () => {
  it('prints the per-page table', () => {
    console.table(
      pageScores.map((score) => ({
        page: score.name,
        article: score.isArticle ? 'yes' : 'no',
        recognised: mark(score.recognised),
        'body F1': score.isArticle ? score.bodyF1.toFixed(3) : '',
        title: score.isArticle ? mark(score.title) : '',
        date: score.isArticle ? mark(score.date) : '',
        author: score.isArticle ? mark(score.author) : '',
        leaks: score.leaks.length,
      })),
    );
    const meanF1 = articlePages.reduce((sum, s) => sum + s.bodyF1, 0) / articlePages.length;
    console.log(
      `pages as text: ${pageScores.length}  mean body F1 ${meanF1.toFixed(4)}  title ${(pageRate((s) => s.title) * 100).toFixed(0)}%  ` +
        `date ${(pageRate((s) => s.date) * 100).toFixed(0)}%  author ${(pageRate((s) => s.author) * 100).toFixed(0)}%  ` +
        `leaks ${pageScores.reduce((sum, s) => sum + s.leaks.length, 0)}`,
    );
    expect(pageScores.length).toBe(26);
  });

  // Pinned at what was measured (mean F1 0.969, lowest page 0.905, titles 24/24, dates 23/24 —
  // the WordPress time exists only in an attribute —, authors 24/24, 1 leak, both non-articles
  // refused), with a small margin on F1.
  it('tells articles from listing and home pages', () => {
    for (const score of pageScores) expect(score.recognised, score.name).toBe(true);
  });

  it('keeps most of each body: mean F1 ≥ 0.96, every page ≥ 0.9', () => {
    const meanF1 = articlePages.reduce((sum, s) => sum + s.bodyF1, 0) / articlePages.length;
    expect(meanF1).toBeGreaterThanOrEqual(0.96);
    for (const score of articlePages) expect(score.bodyF1, score.name).toBeGreaterThanOrEqual(0.9);
  });

  it('finds titles, dates and authors and leaks (almost) no interface text', () => {
    expect(pageRate((s) => s.title)).toBe(1);
    expect(pageRate((s) => s.date)).toBeGreaterThanOrEqual(23 / 24);
    expect(pageRate((s) => s.author)).toBe(1);
    // One known leak: the baochinhphu-style page's inline "RelatedOneNews" headline sits alone
    // between two paragraphs, which in plain text reads exactly like a subheading.
    const leaks = pageScores.flatMap((score) =>
      score.leaks.map((leak) => `${score.name}: ${leak}`),
    );
    expect(leaks.length, leaks.join('\n')).toBeLessThanOrEqual(1);
  });
});
