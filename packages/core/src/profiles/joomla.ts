import type { CmsProfile } from './types';

/** Joomla com_content and K2 items. §7. */
export const joomla: CmsProfile = {
  family: 'joomla',
  label: 'Joomla / K2',
  detect: {
    generator: /Joomla/i,
    selectors: ['#k2Container', '.itemView', '.item-page', '.itemFullText'],
    url: [/option=com_content/, /option=com_k2/, /\/item\/\d+-[\w-]+\.html/],
    markup: [/\/media\/k2\//, /\/components\/com_/],
  },
  title: [
    '#k2Container .itemTitle',
    '.itemView .itemTitle',
    '.item-page [itemprop=headline]',
    '.item-page h2',
    '.item-page h1',
  ],
  date: ['.itemDateCreated', 'dd.published time', 'dd.published', '.published time'],
  lead: ['.itemIntroText'],
  body: ['.itemFullText', '.item-page [itemprop=articleBody]', '[itemprop=articleBody]'],
  author: ['.itemAuthor', 'dd.createdby', '.item-page [itemprop=author]'],
  tags: ['ul.itemTags a', '.item-page .tags a'],
  attachments: ['.itemAttachmentsBlock a'],
  leadImage: ['.itemImageBlock img'],
  leadImageCaption: ['.itemImageCaption'],
  noise: [
    '.itemToolbar',
    '.itemRatingBlock',
    '.itemHits',
    '.itemLinks',
    '.itemRelated',
    '.itemNavigation',
    '.pathway',
    '.breadcrumbs',
    '.itemImageBlock',
    '.itemIntroText',
  ],
  listing: { selectors: ['#k2Container.itemListView', '.blog .items-row'] },
};
