import type { CmsProfile } from './types';

/** DotNetNuke: classic modules and the NewsView newsroom module (dangcongsan set). §4. */
export const dnn: CmsProfile = {
  family: 'dnn',
  label: 'DotNetNuke / NewsView',
  detect: {
    generator: /DotNetNuke|DNN Platform/i,
    selectors: [
      '#dnn_ContentPane',
      '[class*=DnnModule]',
      '[id^=dnn_ctr]',
      '#dnn_NewsView_Main_ctl00_viewhinone',
      '[id^=dnn_dnnLOGIN]',
      '#__dnnVariable',
    ],
    markup: [/\/Portals\/\d+\//, /\/DesktopModules\//],
    url: [/[?&]tabid=\d+/i, /\/tabid\/\d+\//i],
  },
  title: [
    '#dnn_NewsView_Main_ctl00_viewhinone h1.post-title',
    'h1.post-title',
    '#dnn_ContentPane h1.articleTitle',
    '#dnn_ContentPane .DnnModule h1',
    '#dnn_ContentPane h1',
  ],
  date: ['.lbPublishedDate', '.post-date', '.articleDate', '#dnn_ContentPane .date'],
  lead: ['.post-summary h2', '.post-summary', '.articleSummary'],
  body: [
    '.post-content .noidung',
    '.post-content',
    '.articleBody',
    '#dnn_ContentPane .article',
    '[id$=_ModuleContent]',
  ],
  author: ['.tacgia', '.post-author', '.articleAuthor'],
  noise: [
    '[id^=dnn_dnnLOGIN]',
    '[id*=dnnBREADCRUMB]',
    '.post-cate',
    '.tool-bottom',
    '.ctrangc3',
    '.articleTools',
  ],
  listing: { selectors: ['.ctrangc3 article ~ article ~ article'] },
};
