/**
 * Generalization check: the same corpus pages with every CMS signal removed (all `id`s, all
 * classes except the hiding ones, `itemprop`, the generator meta), so no profile can match and
 * the generic path (Readability + noise rules + metadata heuristics) does all the work. Stands in
 * for pages of CMSs nobody has written a profile for. Floors are pinned below the profile path.
 */
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../packages/core/src/article/extract-article';
import { formatScoreTable, loadPages, scorePage, type PageScore } from './scoring';

const HIDING_CLASSES = new Set(['hidden', 'hide', 'd-none', 'sr-only']);

function withoutCmsSignals(html: string): Document {
  const { document } = parseHTML(html);
  for (const element of Array.from(document.querySelectorAll('*')) as Element[]) {
    const kept = (element.getAttribute('class') ?? '')
      .split(/\s+/)
      .filter((name) => HIDING_CLASSES.has(name));
    element.removeAttribute('id');
    element.removeAttribute('itemprop');
    if (kept.length > 0) element.setAttribute('class', kept.join(' '));
    else element.removeAttribute('class');
    if (element.tagName === 'META' && /generator/i.test(element.getAttribute('name') ?? ''))
      element.remove();
  }
  return document as unknown as Document;
}

const FLOOR = {
  meanBodyF1: 0.98,
  pageBodyF1: 0.85,
  titleRate: 1,
  dateRate: 0.95,
  authorRate: 0.75,
  leadRate: 0.5,
};

describe('page corpus without CMS signals (generic path)', () => {
  const scores: PageScore[] = [];
  for (const page of loadPages()) {
    it(page.name, () => {
      const result = extractArticle(withoutCmsSignals(page.html), { url: page.gold.url });
      const score = scorePage(page.name, page.gold, result);
      scores.push(score);
      expect(score.isArticle).toBe(page.gold.is_article);
      if (!page.gold.is_article) return;
      expect(score.leaks).toEqual([]);
      expect(score.body.f1).toBeGreaterThanOrEqual(FLOOR.pageBodyF1);
      expect(score.titleOk).toBe(true);
    });
  }

  afterAll(() => console.log(`\nGeneric path (CMS signals removed)\n${formatScoreTable(scores)}`));

  it('meets the pinned generic-path floors', () => {
    const articles = scores.filter((score) => score.isArticleExpected);
    const rate = (ok: (score: PageScore) => boolean) =>
      articles.filter(ok).length / articles.length;
    const meanF1 = articles.reduce((sum, score) => sum + score.body.f1, 0) / articles.length;
    console.log(
      `generic path: mean body F1 ${(meanF1 * 100).toFixed(2)} %, date ${(rate((s) => s.dateOk) * 100).toFixed(1)} %, ` +
        `author ${(rate((s) => s.authorOk) * 100).toFixed(1)} %, lead ${(rate((s) => s.leadOk) * 100).toFixed(1)} %`,
    );
    expect(articles.length).toBeGreaterThan(0);
    expect(meanF1).toBeGreaterThanOrEqual(FLOOR.meanBodyF1);
    expect(rate((s) => s.titleOk)).toBeGreaterThanOrEqual(FLOOR.titleRate);
    expect(rate((s) => s.dateOk)).toBeGreaterThanOrEqual(FLOOR.dateRate);
    expect(rate((s) => s.authorOk)).toBeGreaterThanOrEqual(FLOOR.authorRate);
    expect(rate((s) => s.leadOk)).toBeGreaterThanOrEqual(FLOOR.leadRate);
  });
});
