import type { CmsProfile } from './types';

/**
 * dangcongsan.vn legacy (`/cpv/Modules/News/NewsDetail.aspx`); the current site is NewsView and
 * is handled by the DNN profile. §6.
 */
export const dangcongsan: CmsProfile = {
  family: 'dangcongsan',
  label: 'dangcongsan.vn legacy',
  detect: {
    url: [/\/cpv\/Modules\/News\/NewsDetail\.aspx/i],
    markup: [/\/cpv\/Modules\/News\//i],
  },
  title: ['.detail-title', '#ctl00_ContentPlaceHolder1_lblTitle', 'h1'],
  date: ['.detail-date', '#ctl00_ContentPlaceHolder1_lblDate'],
  lead: ['.detail-sapo', '#ctl00_ContentPlaceHolder1_lblSapo'],
  body: ['.detail-content', '#ctl00_ContentPlaceHolder1_lblContent'],
  author: ['.detail-author', '#ctl00_ContentPlaceHolder1_lblAuthor'],
  noise: ['.top-links', '.today'],
};
