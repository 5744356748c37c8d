import type { CmsProfile } from './types';

/** VHV commune/department portal. §9. */
export const vhv: CmsProfile = {
  family: 'vhv',
  label: 'VHV portal',
  detect: {
    selectors: [
      'div.ModuleWrapper[modulerootid]',
      'article[class*=news-detail-layout-type]',
      '.block-core-a5',
      '.frame-tinlienquan',
    ],
    markup: [/VHV\.App\.modules/, /VHV\.alert/],
  },
  title: ['h1.title-detail', 'article[class*=news-detail-layout] h1'],
  date: ['span.post-date', '.post-date'],
  lead: ['.brief'],
  body: ['.block-core-a5 .content-detail', '.content-detail'],
  author: ['.author-detail', '.post-author'],
  noise: [
    '.block_share',
    '.social-connect',
    '.rating',
    '#star-rating',
    '.frame-tinlienquan',
    '[id^=audio]',
  ],
};
