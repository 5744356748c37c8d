/**
 * Markup noise shared by all families (widgets whose class or id names say what they are).
 * Applied inside the article root only, and never to an element holding most of the root's
 * text (a theme may name its article wrapper `.news-share-box`).
 */
export const GENERIC_NOISE_SELECTORS: readonly { name: string; selector: string }[] = [
  {
    name: 'share-bar',
    selector: '[class*=share], [class*=social], .addthis_toolbox, .zalo-share-button, .fb-like',
  },
  {
    name: 'print-tools',
    selector: '[class*=print-], [class*=toolbar], [class*=tool-bottom], .noprint, .no-print',
  },
  {
    name: 'related-list',
    selector:
      '[class*=related], [class*=relate], [class*=lienquan], [class*=other-news], [class*=tinkhac]',
  },
  { name: 'comments', selector: '#comments, [class*=comment], [id*=comment], [class*=binhluan]' },
  { name: 'breadcrumb', selector: '[class*=breadcrumb], [class*=breadcrump], .pathway' },
  { name: 'rating-widget', selector: '[class*=rating], [id*=rating], [class*=star-rat]' },
  { name: 'tag-block', selector: '.tags, [class*=tags-links], [class*=keyword]' },
  {
    name: 'advertising',
    selector: '[class*=banner], .admzone, [id^=ads], [class*=ads_], .advertisement',
  },
  { name: 'font-tools', selector: '[class*=font-size], [class*=fontsize], [class*=changeFont]' },
];

/** Elements that are never article text. */
export const NEVER_CONTENT_SELECTOR =
  'script, style, noscript, template, iframe, frame, object, embed, applet, svg, math, canvas, input, select, textarea, button, option, link, meta, audio, video, dialog';
