import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../packages/core/src/article/extract-article';
import { isArticle } from '../../packages/core/src/types';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function teasers(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `<div class="item"><h3><a href="/tin/${i}">Tiêu đề bản tin số ${i} về hoạt động của địa phương</a></h3><p>Tóm tắt ngắn của bản tin số ${i}.</p></div>`,
  ).join('');
}

describe('the not-an-article decision', () => {
  it('a category listing of teasers is a listing page', () => {
    const result = extractArticle(parse(`<html><body><main>${teasers(8)}</main></body></html>`), {
      url: 'https://x.gov.vn/tin-tuc/xay-dung-dang/',
    });
    expect(result).toMatchObject({ notAnArticle: true, reason: 'listing-page' });
  });

  it('a portal home page is a home page', () => {
    const result = extractArticle(
      parse(
        `<html><head><meta property="og:type" content="website"></head><body class="home">${teasers(6)}<ul><li><a href="/vb/1">Quyết định số 2987/QĐ-UBND về cải cách hành chính</a></li></ul></body></html>`,
      ),
      { url: 'https://x.gov.vn/' },
    );
    expect(result).toMatchObject({ notAnArticle: true, reason: 'home-page' });
  });

  it('an empty document is reported, not thrown', () => {
    expect(extractArticle(parse('<html><body></body></html>'))).toMatchObject({
      notAnArticle: true,
      reason: 'empty-document',
    });
  });

  it('a page of menus only has no main content', () => {
    const result = extractArticle(
      parse('<html><body><nav><a href="/">Trang chủ</a></nav><p>Liên hệ</p></body></html>'),
    );
    expect(result).toMatchObject({ notAnArticle: true });
  });

  it('an article with a related list in the sidebar stays an article', () => {
    const body =
      '<p>Sáng 12/3, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Nghị quyết số 18-NQ/TW cho hơn 300 cán bộ chủ chốt của huyện và các xã, thị trấn.</p>'.repeat(
        4,
      );
    const result = extractArticle(
      parse(
        `<html><head><title>Hội nghị quán triệt nghị quyết</title></head><body><article><h1>Hội nghị quán triệt nghị quyết</h1>${body}</article><aside>${teasers(6)}</aside></body></html>`,
      ),
    );
    expect(isArticle(result)).toBe(true);
  });

  it('a DNICT error state (article withdrawn) is not an article', () => {
    const result = extractArticle(
      parse(
        '<html><body><article class="the-article"><header class="title-article">Tin tức</header><div id="textToSpeech"><div class="the-article-body"><p>Bài viết ngừng xuất bản</p></div></div></article></body></html>',
      ),
    );
    expect(result).toMatchObject({ notAnArticle: true });
  });

  it('input that is not a Document is rejected with a reason', () => {
    expect(extractArticle({} as Document)).toMatchObject({
      notAnArticle: true,
      reason: 'empty-document',
    });
  });
});
