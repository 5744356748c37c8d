import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../packages/core/src/article/extract-article';
import { detectCms, detectionMarkup, type Detection } from '../../packages/core/src/article/detect';
import { selectOne } from '../../packages/core/src/article/dom';
import { PROFILES } from '../../packages/core/src/profiles';
import { isArticle, type Article } from '../../packages/core/src/types';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const PARAGRAPHS =
  '<p>Đoạn văn thứ nhất của bài viết, đủ dài để là nội dung chính của trang tin điện tử về hoạt động của địa phương.</p>' +
  '<p>Đoạn văn thứ hai tiếp tục trình bày kết quả thực hiện nghị quyết của cấp ủy trong năm qua với nhiều chuyển biến tích cực.</p>';

/** One small page per family: the signal that makes the profile exist. */
const FAMILY_PAGES: [string, string, string | null][] = [
  [
    'nukeviet',
    `<html><head><meta name="generator" content="NukeViet v4.5"></head><body><div class="news_column"><h1 class="title" itemprop="headline">Tiêu đề NukeViet</h1><span class="h5">Thứ hai - 20/05/2024 16:45</span><div id="news-bodyhtml" class="bodytext">${PARAGRAPHS}</div></div></body></html>`,
    null,
  ],
  [
    'sharepoint',
    `<html><head><meta name="GENERATOR" content="Microsoft SharePoint"></head><body><div id="divArticleDescription3"><h1>Tiêu đề SharePoint</h1></div><div id="divArticleDescription2">${PARAGRAPHS}</div></body></html>`,
    null,
  ],
  [
    'liferay',
    `<html><body><div id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_x_"><h2 class="portlet-title-text">Danh mục</h2><div class="asset-full-content"><span class="header-title">Tiêu đề Liferay</span><div class="journal-content-article"><div class="content">${PARAGRAPHS}</div></div></div></div></body></html>`,
    null,
  ],
  [
    'liferay-dnict',
    `<html><body><article class="the-article"><header class="title-article">Tiêu đề DNICT</header><span class="the-article-timecreate"><b>Ngày đăng tin: </b>06/12/2024</span><div id="textToSpeech"><div class="the-article-body">${PARAGRAPHS}</div></div></article></body></html>`,
    'https://x.danang.gov.vn/chi-tiet-tin-tuc?dinhdanh=1',
  ],
  [
    'dnn',
    `<html><head><meta name="GENERATOR" content="DotNetNuke "></head><body><div id="dnn_ContentPane"><div class="DnnModule DnnModule-NewsView"><h1 class="post-title">Tiêu đề DNN</h1><div class="post-content"><div class="noidung">${PARAGRAPHS}</div></div></div></div></body></html>`,
    null,
  ],
  [
    'baochinhphu',
    `<html><body><h1 class="detail-title">Tiêu đề báo</h1><h2 class="detail-sapo">(Chinhphu.vn) - Sapo.</h2><div class="detail-content afcbc-body">${PARAGRAPHS}</div></body></html>`,
    null,
  ],
  [
    'joomla',
    `<html><head><meta name="generator" content="Joomla! - Open Source Content Management"></head><body><div id="k2Container" class="itemView"><h2 class="itemTitle">Tiêu đề K2</h2><div class="itemFullText">${PARAGRAPHS}</div></div></body></html>`,
    null,
  ],
  [
    'wordpress',
    `<html><head><meta name="generator" content="WordPress 6.2"></head><body><article class="post type-post"><h1 class="entry-title">Tiêu đề WP</h1><div class="entry-content">${PARAGRAPHS}</div></article></body></html>`,
    null,
  ],
  [
    'newspaper-zce',
    `<html><body><article><h1 class="article__title cms-title">Tiêu đề ZCE</h1><div class="article__sapo">Sapo ZCE.</div><div class="article__body zce-content-body cms-body">${PARAGRAPHS}</div></article></body></html>`,
    null,
  ],
  [
    'vhv',
    `<html><body><div class="ModuleWrapper" modulerootid="1"><article class="news-detail-layout-type-2"><h1 class="title-detail">Tiêu đề VHV</h1><div class="block-core-a5"><div class="content-detail">${PARAGRAPHS}</div></div></article></div><script>VHV.App.modules[1]={}</script></body></html>`,
    null,
  ],
  [
    'dangcongsan',
    `<html><body><h1>Tiêu đề cũ</h1><div class="detail-content">${PARAGRAPHS}</div></body></html>`,
    'https://dangcongsan.example/cpv/Modules/News/NewsDetail.aspx?co_id=1&cn_id=2',
  ],
];

describe('CMS detection and profiles', () => {
  it.each(FAMILY_PAGES)('%s is detected and extracted through its profile', (family, html, url) => {
    const document = parse(html);
    expect(detectCms(document, url ? [url] : []).profile?.family).toBe(family);
    const result = extractArticle(document, { url });
    expect(isArticle(result)).toBe(true);
    const article = result as Article;
    expect(article.cms).toBe(family);
    expect(article.title).toMatch(/^Tiêu đề/);
    expect(article.text).toContain('Đoạn văn thứ nhất');
    expect(article.removed.some((item) => item.rule === 'pick-root:profile')).toBe(true);
  });

  it('a page without signals takes the generic path', () => {
    const document = parse(
      `<html><head><title>Bài viết - Trang</title></head><body><div class="main"><h1>Bài viết chung</h1><div class="noi-dung">${PARAGRAPHS}${PARAGRAPHS}</div></div></body></html>`,
    );
    expect(detectCms(document, []).profile).toBeNull();
    const result = extractArticle(document);
    expect(isArticle(result) && result.cms).toBe('generic');
  });

  it('falls back to the generic path when a customised theme renames the profile body', () => {
    const html = `<html><head><meta name="generator" content="NukeViet v4.4"></head><body><div class="news_column"><h1 class="title" itemprop="headline">Tiêu đề tùy biến</h1><div class="noi-dung-rieng">${PARAGRAPHS}${PARAGRAPHS}</div></div></body></html>`;
    const result = extractArticle(parse(html));
    expect(isArticle(result)).toBe(true);
    const article = result as Article;
    expect(article.cms).toBe('nukeviet');
    expect(article.text).toContain('Đoạn văn thứ hai');
    expect(
      article.removed.some(
        (item) => item.rule.startsWith('pick-root:') && item.rule !== 'pick-root:profile',
      ),
    ).toBe(true);
  });

  it('detection is the exhaustive score: every family scored, the first best wins', () => {
    /** Every profile's every signal, in PROFILES order: what detectCms must answer. */
    const exhaustive = (document: Document, urls: string[]): Detection => {
      const markup = detectionMarkup(document);
      const generator =
        Array.from(document.querySelectorAll('meta'))
          .find((meta) => (meta.getAttribute('name') ?? '').toLowerCase() === 'generator')
          ?.getAttribute('content') ?? '';
      let best: Detection = { profile: null, score: 0, signals: [] };
      for (const profile of PROFILES) {
        const signals: string[] = [];
        let score = 0;
        if (profile.detect.generator && generator && profile.detect.generator.test(generator)) {
          score += 10;
          signals.push(`generator:${generator.trim()}`);
        }
        for (const selector of profile.detect.selectors ?? [])
          if (selectOne(document, selector)) {
            score += 2;
            signals.push(`dom:${selector}`);
          }
        for (const pattern of profile.detect.markup ?? [])
          if (pattern.test(markup)) {
            score += 3;
            signals.push(`markup:${pattern.source}`);
          }
        for (const pattern of profile.detect.url ?? [])
          if (urls.some((url) => pattern.test(url))) {
            score += 4;
            signals.push(`url:${pattern.source}`);
          }
        if (score > best.score) best = { profile, score, signals };
      }
      return best.score >= 4 ? best : { profile: null, score: best.score, signals: best.signals };
    };
    const bodies = FAMILY_PAGES.map(([, html]) => /<body>(.*)<\/body>/s.exec(html)?.[1] ?? '');
    const generators = [
      'NukeViet v4.5',
      'Microsoft SharePoint',
      'DotNetNuke ',
      'Joomla! 3',
      'WordPress 6.4',
    ];
    const urls = FAMILY_PAGES.flatMap(([, , url]) => (url ? [url] : [])).concat([
      'https://x.gov.vn/Pages/2024-9-12/tin.aspx',
      'https://x.gov.vn/index.php?option=com_content&view=article&id=1',
    ]);
    fc.assert(
      fc.property(
        fc.subarray(bodies),
        fc.subarray(generators, { maxLength: 1 }),
        fc.subarray(urls, { maxLength: 2 }),
        (parts, generator, pageUrls) => {
          const head = generator.map((value) => `<meta name="generator" content="${value}">`);
          const document = parse(
            `<html><head>${head.join('')}</head><body>${parts.join('')}</body></html>`,
          );
          const expected = exhaustive(document, pageUrls);
          const actual = detectCms(document, pageUrls);
          expect(actual.profile?.family ?? null).toBe(expected.profile?.family ?? null);
          expect(actual.score).toBe(expected.score);
          expect(actual.signals).toEqual(expected.signals);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('detection never relies on a domain list: the same markup on another host detects the same', () => {
    const html = FAMILY_PAGES[0]?.[1] ?? '';
    expect(detectCms(parse(html), ['https://a.example/x.html']).profile?.family).toBe(
      detectCms(parse(html), ['https://b.other.vn/y.html']).profile?.family,
    );
  });
});

describe('generic metadata heuristics', () => {
  it('reads a print-layout byline and date on one line under the title', () => {
    const body =
      '<p>Sáng 30/4, tỉnh tổ chức lễ kỷ niệm ngày giải phóng với sự tham dự của đông đảo cán bộ và nhân dân trên địa bàn.</p>'.repeat(
        3,
      );
    const result = extractArticle(
      parse(
        `<html><head><title>Kỷ niệm ngày giải phóng</title></head><body><div class="print"><h1>Kỷ niệm ngày giải phóng</h1><p>VĂN HÀO - TRẦN HỮU 30/04/2016 11:39</p>${body}</div></body></html>`,
      ),
    );
    expect(isArticle(result)).toBe(true);
    const article = result as Article;
    expect(article.author).toBe('VĂN HÀO - TRẦN HỮU');
    expect(article.published).toBe('2016-04-30T11:39+07:00');
    expect(article.text).not.toContain('VĂN HÀO');
  });
});
