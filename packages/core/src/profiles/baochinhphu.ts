import type { CmsProfile } from './types';

/** baochinhphu.vn / chinhphu.vn and VCCorp-style newsrooms (2022+, plus the legacy layout). §5. */
export const baochinhphu: CmsProfile = {
  family: 'baochinhphu',
  label: 'baochinhphu / VCCorp newsroom',
  detect: {
    selectors: [
      'h1.detail-title',
      'h2.detail-sapo',
      'div.detail-content.afcbc-body',
      '.VCSortableInPreviewMode',
      '.afcbc-body',
      'div.article-body.cmscontents',
    ],
    url: [/-10\d{15,}\.htm/, /-119\d{15,}\.htm/],
  },
  title: ['h1.detail-title', '.detail-title', 'div.article-header h1'],
  date: ['.detail-time [data-role=publishdate]', '.detail-time', 'p.meta'],
  lead: ['h2.detail-sapo', '.detail-sapo', '.article-header .sapo'],
  body: ['div.detail-content.afcbc-body', '.detail-content', 'div.article-body.cmscontents'],
  author: ['.detail-author', '[data-role=author]'],
  tags: ['.detail-tab a', '.detail-tags a'],
  noise: [
    '.VCSortableInPreviewMode:not([type=Photo])',
    '[type^=Related]',
    '.detail-relate',
    '.c-banner',
    '.admzone',
    '.detail-share',
    '.box-stream',
  ],
};
