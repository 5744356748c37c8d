import type { ArchiveRepository } from '@govclip/archive';
import { sanitizeHtml } from '@govclip/core';
import type { ReaderContext } from '../reader/reader-context';
import { renderArticle } from '../reader/render-article';
import { offsetsFromRange, rangeFromOffsets } from '../reader/text-map';
import { ArchiveFeatures } from './archive-features';
import { el, formatLocalDateTime } from './dom';

type Translate = (key: string, ...subs: string[]) => string;

function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}

/**
 * Shows an archived article from IndexedDB alone: text from the record, images from their
 * stored blobs (object URLs). It never contacts the portal, so it reads offline and after the
 * page is gone. The article is rendered in an inert document first so no <img> starts loading
 * the portal's URL before it is swapped for the blob. Highlights and notes are mounted through
 * the same `ReaderContext` as in the reader.
 */
export async function showArchivedArticle(
  document: Document,
  host: HTMLElement,
  repository: ArchiveRepository,
  id: string,
  t: Translate,
): Promise<() => void> {
  const record = await repository.getArticle(id);
  host.textContent = '';
  if (!record) {
    host.append(el(document, 'p', { className: 'gc-message', text: t('archiveNotFound') }));
    return () => undefined;
  }
  const inert = document.implementation.createHTMLDocument('');
  const sourceUrl = record.article.canonicalUrl ?? record.article.url ?? record.id;
  const rendered = renderArticle(
    record.article,
    sourceUrl,
    { sanitize: (html) => sanitizeHtml(html, inert), t },
    inert,
  );
  const objectUrls: string[] = [];
  const images = await repository.getImages(id);
  for (const container of [rendered.header, rendered.root]) {
    for (const image of Array.from(container.querySelectorAll('img'))) {
      const original = image.getAttribute('src') ?? '';
      const stored = images.find((candidate) => sameUrl(candidate.src, original));
      image.removeAttribute('srcset');
      if (stored) {
        const url = URL.createObjectURL(stored.blob);
        objectUrls.push(url);
        image.src = url;
        image.setAttribute('data-gc-archived-image', 'true');
      } else {
        image.removeAttribute('src');
        image.classList.add('gc-image-missing');
      }
    }
  }
  const article = el(document, 'article', { className: 'gc-article' });
  const header = document.adoptNode(rendered.header);
  const root = document.adoptNode(rendered.root);
  article.append(
    el(document, 'p', {
      className: 'gc-muted gc-archive-offline',
      text: [
        t('archiveOfflineCopy', formatLocalDateTime(record.updatedAt)),
        record.versions.length > 0 ? t('archiveVersions', String(record.versions.length)) : '',
      ]
        .filter((part) => part !== '')
        .join(' · '),
    }),
    header,
    root,
  );
  if (rendered.attachments) article.append(document.adoptNode(rendered.attachments));
  const toolbar = el(document, 'div', { className: 'gc-feature-buttons' });
  const side = el(document, 'aside', { className: 'gc-side' });
  const layout = el(
    document,
    'div',
    { className: 'gc-layout' },
    el(document, 'main', { className: 'gc-main' }, article),
    side,
  );
  host.append(toolbar, layout);
  document.title = record.article.title;

  const context: ReaderContext = {
    article: record.article,
    sourceUrl,
    root,
    toolbar,
    sidePanel: side,
    rangeFromOffsets: (start, end) => rangeFromOffsets(root, start, end),
    offsetsFromRange: (range) => offsetsFromRange(root, range),
    requestedAction: 'read',
    t,
  };
  await new ArchiveFeatures(context, repository, { archivedView: true }).start();
  return () => {
    for (const url of objectUrls) URL.revokeObjectURL(url);
  };
}
