import type { CmsProfile } from './types';

/** Liferay with the Đà Nẵng DNICT `vn.dnict.tintuc` news portlet. §3 (DNICT tintuc). */
export const liferayDnict: CmsProfile = {
  family: 'liferay-dnict',
  label: 'Liferay DNICT tintuc',
  detect: {
    selectors: [
      'article.the-article',
      '.the-article-body',
      '#textToSpeech',
      '[id*=vn_dnict_tintuc]',
      '.the-article-summary',
    ],
    markup: [/\/o\/vn\.dnict\.tintuc\//],
    url: [/chi-tiet-tin-tuc\?dinhdanh=/],
  },
  title: ['header.title-article', '.title-article', 'article.the-article h1'],
  date: ['span.the-article-timecreate', '.the-article-timecreate'],
  lead: ['#tomtat p.the-article-summary', '.the-article-summary'],
  body: ['#textToSpeech .the-article-body', '.the-article-body'],
  author: ['p.the-article-author', 'span.the-article-createby'],
  tags: ['span.chuyenmuc-lienquan a[href*="tag="]'],
  noise: [
    '.share-content',
    '#voiceselection',
    '.formbinhluan',
    '.chuyenmuc-lienquan',
    'ul.cat-lienquan',
    '.the-article-more-info',
    'span.viewcount',
    'embed.pdf_watermark',
  ],
};
