/**
 * Generalization checks on variants of the corpus pages:
 * - `chrome`: a mega menu, a sidebar of teasers with sapos, a site footer with contact and
 *   licence prose, styles and scripts added around the page (real saved portal pages carry more);
 * - `no-signals`: every CMS signal removed (all `id`s, all classes except the hiding ones,
 *   `itemprop`, the generator meta), so no profile matches and the generic path (Readability +
 *   noise rules + metadata heuristics) does all the work, as for a CMS nobody wrote a profile for;
 * - `no-signals+chrome`: both;
 * - `generic-path`: the original pages with CMS detection switched off.
 * Floors are pinned per variant (below the plain corpus, which is pinned in pages.test.ts).
 */
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../packages/core/src/article/extract-article';
import { formatScoreTable, loadPages, scorePage, type PageScore } from './scoring';

const HIDING_CLASSES = new Set(['hidden', 'hide', 'd-none', 'sr-only']);

const MEGA_MENU = `<style>.menu{color:red}</style><script>var teaser = "<p>Không phải nội dung</p>";</script><div class="megamenu"><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/muc/${i}">Mục menu số ${i}</a></li>`).join('')}</ul></div>`;
const SIDEBAR = `<div class="sidebar-right">${Array.from({ length: 8 }, (_, i) => `<div class="teaser"><h3><a href="/tin/${i}">Tiêu đề tin bên lề số ${i} về hoạt động của ngành</a></h3><p>Tóm tắt tin bên lề số ${i}: nội dung ngắn gọn giới thiệu hoạt động của cơ quan trong tuần qua với nhiều kết quả tích cực.</p></div>`).join('')}</div>`;
const SITE_FOOTER = `<div class="site-footer-block"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Địa chỉ: số 1 đường Trần Hưng Đạo, thành phố. Điện thoại: 0123.456.789. Email: ubnd@example.gov.vn. Chịu trách nhiệm chính: Chánh Văn phòng.</p><p>Giấy phép thiết lập trang thông tin điện tử tổng hợp trên mạng số 12/GP-STTTT do Sở Thông tin và Truyền thông cấp ngày 01/01/2020.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin điện tử này.</p></div><script>console.log('footer')</script>`;

function withChrome(html: string): string {
  return html
    .replace(/<body([^>]*)>/i, `<body$1>${MEGA_MENU}`)
    .replace(/<\/body>/i, `${SIDEBAR}${SITE_FOOTER}</body>`);
}

function withoutCmsSignals(document: Document): Document {
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
  return document;
}

interface Variant {
  name: string;
  make: (html: string) => Document;
  forceGeneric?: boolean;
  floor: {
    meanBodyF1: number;
    pageBodyF1: number;
    dateRate: number;
    authorRate: number;
    leadRate: number;
  };
}

const parse = (html: string) => parseHTML(html).document as unknown as Document;

const VARIANTS: Variant[] = [
  {
    name: 'chrome',
    make: (html) => parse(withChrome(html)),
    floor: { meanBodyF1: 0.99, pageBodyF1: 0.95, dateRate: 0.98, authorRate: 0.95, leadRate: 0.95 },
  },
  {
    // Profiles off, markup intact: the generic path with the class conventions of the page.
    name: 'generic-path',
    make: (html) => parse(html),
    forceGeneric: true,
    floor: { meanBodyF1: 0.995, pageBodyF1: 0.9, dateRate: 1, authorRate: 0.95, leadRate: 0.95 },
  },
  {
    name: 'no-signals',
    make: (html) => withoutCmsSignals(parse(html)),
    floor: { meanBodyF1: 0.995, pageBodyF1: 0.9, dateRate: 0.95, authorRate: 0.83, leadRate: 0.7 },
  },
  {
    name: 'no-signals+chrome',
    make: (html) => withoutCmsSignals(parse(withChrome(html))),
    floor: { meanBodyF1: 0.995, pageBodyF1: 0.9, dateRate: 0.95, authorRate: 0.83, leadRate: 0.7 },
  },
];

for (const variant of VARIANTS) {
  describe(`page corpus variant: ${variant.name}`, () => {
    const scores: PageScore[] = [];
    for (const page of loadPages()) {
      it(page.name, () => {
        const result = extractArticle(variant.make(page.html), {
          url: page.gold.url,
          forceGeneric: variant.forceGeneric ?? false,
        });
        const score = scorePage(page.name, page.gold, result);
        scores.push(score);
        expect(score.isArticle, 'article / not-an-article decision').toBe(page.gold.is_article);
        if (!page.gold.is_article) return;
        expect(score.leaks, 'must_not_contain leaks').toEqual([]);
        expect(score.body.f1, 'body token F1').toBeGreaterThanOrEqual(variant.floor.pageBodyF1);
        expect(score.titleOk, 'title').toBe(true);
      });
    }

    afterAll(() => console.log(`\nVariant ${variant.name}\n${formatScoreTable(scores)}`));

    it('meets the pinned floors of the variant', () => {
      const articles = scores.filter((score) => score.isArticleExpected);
      const rate = (ok: (score: PageScore) => boolean) =>
        articles.filter(ok).length / articles.length;
      const meanF1 = articles.reduce((sum, score) => sum + score.body.f1, 0) / articles.length;
      console.log(
        `${variant.name}: mean body F1 ${(meanF1 * 100).toFixed(2)} %, date ${(rate((s) => s.dateOk) * 100).toFixed(1)} %, ` +
          `author ${(rate((s) => s.authorOk) * 100).toFixed(1)} %, lead ${(rate((s) => s.leadOk) * 100).toFixed(1)} %`,
      );
      expect(articles.length).toBeGreaterThan(0);
      expect(meanF1).toBeGreaterThanOrEqual(variant.floor.meanBodyF1);
      expect(rate((s) => s.dateOk)).toBeGreaterThanOrEqual(variant.floor.dateRate);
      expect(rate((s) => s.authorOk)).toBeGreaterThanOrEqual(variant.floor.authorRate);
      expect(rate((s) => s.leadOk)).toBeGreaterThanOrEqual(variant.floor.leadRate);
    });
  });
}
