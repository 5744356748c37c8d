import type { CmsProfile } from './types';

/** WordPress themes (ward/commune sites, nso.gov.vn…). §8. */
export const wordpress: CmsProfile = {
  family: 'wordpress',
  label: 'WordPress',
  detect: {
    generator: /WordPress/i,
    selectors: ['.entry-content', 'article.type-post', 'body.single-post', '.wp-block-image'],
    markup: [/\/wp-content\//, /\/wp-includes\//],
  },
  title: ['h1.entry-title', 'article .entry-title', '.single-post h1'],
  date: ['time.entry-date.published', 'time.entry-date', '.posted-on time', '.entry-meta time'],
  lead: ['.entry-summary', '.entry-content > .sapo'],
  body: ['.entry-content', 'article .post-content', '.single-content'],
  author: ['.byline .author', '.author.vcard', '.entry-meta .author'],
  tags: ['.tags-links a', '.post-tags a'],
  noise: [
    '.sharedaddy',
    '.jp-relatedposts',
    '.related_posts',
    '.entry-footer',
    '.post-navigation',
    '#comments',
    '.sd-sharing',
    '.addtoany_share_save_container',
  ],
  listing: { selectors: ['body.archive', 'body.blog', 'body.home.blog'] },
};
