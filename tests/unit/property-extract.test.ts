/**
 * Property tests: the extractor never throws, never hangs, never mutates its input, and keeps its
 * text invariants on random, truncated, deeply nested and very large HTML.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../packages/core/src/article/extract-article';
import { layoutArticleText } from '../../packages/core/src/article/text-layout';
import { collapseWhitespace } from '../../packages/core/src/unicode';
import { isArticle, type ExtractResult } from '../../packages/core/src/types';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const WORDS = [
  'Nghị quyết',
  'số 18-NQ/TW',
  'Huyện ủy',
  'hội nghị',
  'Ð',
  '\u00A0',
  'cán bộ',
  'In',
  'Lượt xem: 12',
  '<',
  '&amp;',
  'Tác giả: A',
];
const TAGS = [
  'p',
  'div',
  'span',
  'strong',
  'em',
  'a',
  'ul',
  'li',
  'table',
  'tr',
  'td',
  'h2',
  'figure',
  'img',
  'br',
  'script',
  'style',
  'form',
  'iframe',
];

const htmlArbitrary: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...WORDS),
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(tie('node') as fc.Arbitrary<string>, { maxLength: 5 }),
        fc.constantFrom(
          '',
          ' style="text-align:right"',
          ' class="hidden"',
          ' onclick="alert(1)"',
          ' href="javascript:alert(1)"',
          ' src="x.jpg"',
        ),
      )
      .map(([tag, children, attribute]) => `<${tag}${attribute}>${children.join('')}</${tag}>`),
  ),
})).node as fc.Arbitrary<string>;

function checkInvariants(result: ExtractResult): void {
  if (!isArticle(result)) return;
  expect(result.text).toBe(layoutArticleText(result.lead, result.blocks).text);
  const probe = document.createElement('div');
  for (const block of result.blocks) {
    if (block.type !== 'paragraph') continue;
    probe.innerHTML = block.html;
    expect(block.text).toBe(collapseWhitespace(probe.textContent ?? ''));
  }
  expect(result.html.toLowerCase()).not.toMatch(/<script|\son[a-z]+=|javascript:/);
}

describe('extractArticle on hostile and random input', () => {
  it('never throws, never mutates, keeps invariants (random HTML)', () => {
    fc.assert(
      fc.property(fc.array(htmlArbitrary, { maxLength: 12 }), (parts) => {
        const html = `<html><head><title>Tiêu đề</title></head><body>${parts.join('')}</body></html>`;
        const doc = parse(html);
        const before = doc.documentElement.outerHTML;
        const result = extractArticle(doc, { url: 'https://x.gov.vn/a.html' });
        expect(doc.documentElement.outerHTML).toBe(before);
        checkInvariants(result);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on truncated pages', () => {
    const page = `<html><head><title>Bài</title></head><body><div class="news_column"><h1 itemprop="headline">Bài</h1><div id="news-bodyhtml">${'<p>Nội dung của bài viết về hội nghị cán bộ chủ chốt toàn huyện năm 2024.</p>'.repeat(6)}</div></div></body></html>`;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: page.length }), (cut) => {
        checkInvariants(extractArticle(parse(page.slice(0, cut))));
      }),
      { numRuns: 120 },
    );
  });

  it('survives nesting 10,000 deep (happy-dom and linkedom)', () => {
    const deep = `<html><body>${'<div>'.repeat(10_000)}<p>Đoạn văn sâu trong cây.</p>${'</div>'.repeat(10_000)}</body></html>`;
    for (const doc of [parse(deep), parseHTML(deep).document as unknown as Document]) {
      const result = extractArticle(doc);
      expect(result).toBeTypeOf('object');
      checkInvariants(result);
    }
  });

  it('extracts a 5 MB page', () => {
    const paragraph =
      '<p>Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết việc thực hiện Nghị quyết số 18-NQ/TW, đánh giá kết quả và đề ra nhiệm vụ.</p>';
    const sidebar = '<li><a href="/tin/1">Tin khác về hoạt động của các xã trong huyện</a></li>';
    let body = '';
    while (body.length < 5_000_000)
      body += `<div class="block">${paragraph.repeat(20)}<ul>${sidebar.repeat(10)}</ul></div>`;
    const html = `<html><head><title>Trang lớn</title></head><body><h1>Trang lớn</h1>${body}</body></html>`;
    expect(html.length).toBeGreaterThanOrEqual(5_000_000);
    const result = extractArticle(parseHTML(html).document as unknown as Document);
    expect(isArticle(result)).toBe(true);
    checkInvariants(result);
    // A hang guard for a 5 MB page on 2 shared cores, not a speed target (see the benchmark).
  }, 180_000);
});
