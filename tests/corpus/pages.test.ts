/**
 * The page corpus: every page of tests/fixtures/corpus/pages scored against its gold, under three
 * DOM implementations (happy-dom, linkedom as the CLI uses it, and jsdom). Prints a per-page table and
 * pins minimum scores so any regression fails.
 */
import { createRequire } from 'node:module';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../packages/core/src/article/extract-article';
import { layoutArticleText } from '../../packages/core/src/article/text-layout';
import type { Article } from '../../packages/core/src/types';
import { collapseWhitespace } from '../../packages/core/src/unicode';
import { formatScoreTable, loadPages, scorePage, type PageScore } from './scoring';

// jsdom ships no type declarations (and @types/jsdom is not installed): type the one class we use.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url: string }) => { window: { document: Document } };
};

type ParseHtml = (html: string, url: string | null) => Document;

const DOMS: Record<string, ParseHtml> = {
  'happy-dom': (html, url) => {
    const window = new Window({ url: url ?? 'https://example.invalid/' });
    return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  },
  linkedom: (html) => parseHTML(html).document as unknown as Document,
  jsdom: (html, url) => new JSDOM(html, { url: url ?? 'https://example.invalid/' }).window.document,
};

/** Pinned floors: the targets of issue 2; raise them when the extractor gets better. */
const FLOOR = {
  meanBodyF1: 0.99,
  pageBodyF1: 0.95,
  titleRate: 1,
  dateRate: 0.98,
  authorRate: 0.95,
  leaks: 0,
};

const pages = loadPages();

for (const [domName, parse] of Object.entries(DOMS)) {
  describe(`page corpus under ${domName}`, () => {
    const scores: PageScore[] = [];

    for (const page of pages) {
      it(`${page.name}`, () => {
        const document = parse(page.html, page.gold.url);
        const before = document.documentElement.outerHTML;
        const result = extractArticle(document, { url: page.gold.url });
        const score = scorePage(page.name, page.gold, result);
        scores.push(score);
        // Never mutates the caller's document.
        expect(document.documentElement.outerHTML).toBe(before);
        expect(score.isArticle, 'article / not-an-article decision').toBe(page.gold.is_article);
        if (!page.gold.is_article) {
          expect(result).toMatchObject({ notAnArticle: true });
          return;
        }
        expect(score.leaks, 'must_not_contain leaks').toEqual([]);
        expect(score.body.f1, 'body token F1').toBeGreaterThanOrEqual(FLOOR.pageBodyF1);
        // Images (src + caption) and attachments (href + name): every gold item, nothing extra.
        expect(score.images.matched, 'images matched').toBe(score.images.expected);
        expect(score.images.extracted, 'images extracted').toBe(score.images.expected);
        expect(score.attachments.matched, 'attachments matched').toBe(score.attachments.expected);
        expect(score.attachments.extracted, 'attachments extracted').toBe(
          score.attachments.expected,
        );
        expect(score.titleOk, 'title').toBe(true);
        // Text invariants the reader relies on.
        const article = result as Article;
        expect(article.text).toBe(layoutArticleText(article.lead, article.blocks).text);
        for (const block of article.blocks) {
          if (block.type !== 'paragraph') continue;
          const probe = parseHTML(`<p>${block.html}</p>`).document.querySelector('p');
          expect(block.text).toBe(collapseWhitespace(probe?.textContent ?? ''));
        }
        expect(article.html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
      });
    }

    afterAll(() => {
      console.log(`\nPage corpus under ${domName}\n${formatScoreTable(scores)}`);
      const articles = scores.filter((score) => score.isArticleExpected);
      const rate = (ok: (score: PageScore) => boolean) =>
        articles.filter(ok).length / articles.length;
      const meanF1 = articles.reduce((sum, score) => sum + score.body.f1, 0) / articles.length;
      console.log(
        `mean body F1 ${(meanF1 * 100).toFixed(2)} %, title ${(rate((s) => s.titleOk) * 100).toFixed(1)} %, ` +
          `date ${(rate((s) => s.dateOk) * 100).toFixed(1)} %, author ${(rate((s) => s.authorOk) * 100).toFixed(1)} %, ` +
          `lead ${(rate((s) => s.leadOk) * 100).toFixed(1)} %`,
      );
    });

    it('meets the pinned corpus-wide floors', () => {
      // Runs after the per-page tests of this describe block (vitest runs tests in order).
      const articles = scores.filter((score) => score.isArticleExpected);
      expect(articles.length).toBe(pages.filter((page) => page.gold.is_article).length);
      const rate = (ok: (score: PageScore) => boolean) =>
        articles.filter(ok).length / articles.length;
      const meanF1 = articles.reduce((sum, score) => sum + score.body.f1, 0) / articles.length;
      expect(meanF1).toBeGreaterThanOrEqual(FLOOR.meanBodyF1);
      expect(rate((s) => s.titleOk)).toBeGreaterThanOrEqual(FLOOR.titleRate);
      expect(rate((s) => s.dateOk)).toBeGreaterThanOrEqual(FLOOR.dateRate);
      expect(rate((s) => s.authorOk)).toBeGreaterThanOrEqual(FLOOR.authorRate);
      expect(articles.reduce((sum, s) => sum + s.leaks.length, 0)).toBe(FLOOR.leaks);
    });
  });
}
