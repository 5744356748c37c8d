import type { CmsProfile } from './types';

/** The ZCE newspaper CMS (Nhân Dân, VietnamPlus, provincial papers). §10. */
export const newspaperZce: CmsProfile = {
  family: 'newspaper-zce',
  label: 'ZCE newspaper CMS',
  detect: {
    selectors: [
      '.zce-content-body',
      '.cms-body',
      'h1.article__title.cms-title',
      '.article__sapo',
      'a.cms-relate',
    ],
  },
  title: ['h1.article__title', 'h1.cms-title', '.article h1'],
  date: ['.article__meta time', 'time.time', 'span.time', 'meta.cms-date'],
  lead: ['.article__sapo', '.cms-desc'],
  body: ['.zce-content-body', '.article__body', '.cms-body'],
  author: ['.article__author .name', '.cms-author', '.article__author'],
  tags: ['.article__tag a'],
  noise: [
    'p.cms-relate-wrap',
    '.cms-relate',
    '.ads_middle',
    '[id^=adsWeb_]',
    '.follow-gg',
    '.article__meta .social',
    '.article__tag',
  ],
};
