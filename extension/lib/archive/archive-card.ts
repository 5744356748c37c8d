import type { ListCard } from '@govclip/archive';
import { formatPublished, type Translate } from '../reader/render-article';
import { button, el, formatLocalDateTime } from './dom';

export interface ArchiveCardOptions {
  /** Where the title links: the article's route, or the archive tab from the side panel. */
  href: string;
  /** Open the link in a new tab (the side panel). */
  newTab?: boolean;
  t: Translate;
  onToggleRead?: () => void;
  onDelete?: () => void;
}

/**
 * One card of the archive list, as the archive page and the side panel show it. Its own module
 * so the archive bench page lays out the very markup users see (no copy of it to keep in step).
 */
export function renderArchiveCard(
  document: Document,
  card: ListCard,
  options: ArchiveCardOptions,
): HTMLElement {
  const { t } = options;
  const item = el(document, 'li', {
    className: 'gc-archive-card',
    attrs: { 'data-gc-article': card.id, 'data-read': String(card.read) },
  });
  const link = el(document, 'a', {
    text: card.title,
    attrs: { href: options.href, ...(options.newTab ? { target: '_blank' } : {}) },
  });
  const meta = el(
    document,
    'div',
    { className: 'gc-archive-card-meta' },
    card.siteName ? el(document, 'span', { text: card.siteName }) : null,
    card.published ? el(document, 'span', { text: formatPublished(card.published) ?? '' }) : null,
    el(document, 'span', {
      text: `${t('archiveSortSaved')}: ${formatLocalDateTime(card.savedAt)}`,
    }),
    card.annotationCount > 0 ? el(document, 'span', { text: `✎ ${card.annotationCount}` }) : null,
    el(document, 'span', { text: t(card.read ? 'archiveRead' : 'archiveUnread') }),
  );
  item.append(el(document, 'h2', {}, link), meta, el(document, 'p', { text: card.excerpt }));
  if (card.tags.length > 0) {
    item.append(
      el(
        document,
        'ul',
        { className: 'gc-tags' },
        ...card.tags.map((value) => el(document, 'li', { text: value })),
      ),
    );
  }
  const nothing = (): void => undefined;
  const actions = el(document, 'div', { className: 'gc-hl-actions' });
  actions.append(
    button(
      document,
      t(card.read ? 'archiveUnread' : 'archiveRead'),
      options.onToggleRead ?? nothing,
    ),
    button(document, t('archiveDelete'), options.onDelete ?? nothing, { className: 'gc-danger' }),
  );
  item.append(actions);
  return item;
}
