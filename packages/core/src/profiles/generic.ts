/**
 * Field selectors for pages no profile claims (and fallbacks when a profile's own selectors
 * miss): class and attribute conventions shared across CMSs and themes. Only used for metadata;
 * the body of a generic page comes from Readability / the densest block.
 */
export const GENERIC_FIELDS = {
  author: [
    '[itemprop=author] [itemprop=name]',
    'a[rel=author]',
    '.byline .author',
    '[class*=author] .name',
    '.author',
    '.tacgia',
    '.tac-gia',
    '[class*=author]',
    '.byline',
  ],
  date: [
    'time[datetime]',
    '[itemprop=datePublished][content]',
    '.publish-date',
    '.post-date',
    '[class*=publish]',
    '[class*=date]',
    '[class*=time]',
    '.ngay',
  ],
  lead: [
    '[class*=sapo]',
    '.hometext',
    '[itemprop=description]',
    '[class*=summary]',
    '.lead',
    '.brief',
    '[class*=intro]',
    '[class*=description]',
    '.tomtat',
  ],
} as const;
