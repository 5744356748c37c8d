import {
  ArchiveError,
  type ArchiveFilters,
  type ArchiveRepository,
  type ArchiveSort,
  type ArticleCard,
  type ListCard,
  type ListPage,
  type ReferenceSummary,
  sameListPage,
} from '@govclip/archive';
import { extensionUrl, t, uiLanguage } from '../browser-api';
import { applyTheme, cachedTheme, loadSettings, rememberTheme } from '../settings';
import { renderArchiveCard } from './archive-card';
import { ARCHIVE_LIST_LIMIT, archiveListSnapshot, archiveRepository } from './archive-store';
import { showArchivedArticle } from './archived-article-view';
import { button, el } from './dom';
import { mountExportSlot } from './export-slot';
import { referenceHeading } from './reference-heading';
import { Toast } from './toast';
import './archive.css';

/**
 * The archive page (full tab) and side panel: list with sort and filters, diacritic-insensitive
 * search, the references index, and the offline article view. Routes live in the hash:
 * `#/` list, `#/references`, `#/article/<id>`. `data-gc-archive-view` on <html> tells tests
 * which view is settled.
 *
 * Opening on the list, the page shows the list snapshot (the first page as the last write left
 * it, from `localStorage`) before IndexedDB is open — after a browser restart that open alone
 * takes 100–200 ms — then reads the page from the database and replaces the cards only if they
 * differ. `data-gc-archive-snapshot` on <html> says what became of it: `confirmed` (the
 * database had the same page), `replaced`, or `none`.
 */
export interface ArchiveAppOptions {
  /** The narrow side-panel layout: articles open in a full tab. */
  compact?: boolean;
  /** The repository (default: this page's, `archiveRepository`). */
  repository?: ArchiveRepository | Promise<ArchiveRepository>;
  /** The first page to show before the database is open (default: the stored snapshot). */
  listSnapshot?: ListPage | null;
}

const LIST_LIMIT = ARCHIVE_LIST_LIMIT;

interface ListState {
  query: string;
  sort: ArchiveSort;
  filters: ArchiveFilters;
}

export async function startArchiveApp(
  document: Document,
  options: ArchiveAppOptions = {},
): Promise<void> {
  document.documentElement.lang = uiLanguage().startsWith('en') ? 'en' : 'vi';
  document.title = t('archiveTitle');
  // The archive wears the reader's theme, so moving between the two keeps one palette. The
  // theme last applied comes first (synchronously), so the snapshot's cards paint in it.
  const lastTheme = cachedTheme();
  if (lastTheme) applyTheme(document.body, lastTheme);
  void loadSettings()
    .then(({ theme }) => {
      applyTheme(document.body, theme);
      rememberTheme(theme);
    })
    .catch((error: unknown) => console.warn('GovClip: reader settings unavailable', error));
  const app = document.getElementById('gc-app') ?? document.body;
  app.classList.add('gc-archive-app');
  if (options.compact) app.classList.add('gc-archive-compact');
  const toast = new Toast(document, document.body);
  // Not awaited here: the page is built, and the snapshot shown, while the database opens.
  const repositoryReady = Promise.resolve(options.repository ?? archiveRepository());
  repositoryReady.catch(() => undefined); // reported below, once
  const state: ListState = { query: '', sort: 'saved', filters: {} };
  let visibleIds: string[] = [];
  let cleanup: () => void = () => undefined;

  const header = el(document, 'header', { className: 'gc-archive-header' });
  const tabs = el(document, 'nav', { className: 'gc-archive-tabs', attrs: { role: 'tablist' } });
  const articlesTab = button(document, t('archiveTabArticles'), () => navigate('#/'), {
    attrs: { role: 'tab' },
  });
  const referencesTab = button(
    document,
    t('archiveTabReferences'),
    () => navigate('#/references'),
    {
      attrs: { role: 'tab' },
    },
  );
  tabs.append(articlesTab, referencesTab);
  // ── EXPORT CONTROLS (export feature): filled by `mountExportControls` from extension/lib/export/.
  const exportSlot = el(document, 'div', {
    className: 'gc-archive-export',
    attrs: { 'data-gc-export-slot': '' },
  });
  header.append(el(document, 'h1', { text: t('archiveTitle') }), tabs, exportSlot);
  const main = el(document, 'div', { className: 'gc-archive-main' });
  app.append(header, main);
  const currentArticleId = () =>
    document.location.hash.startsWith('#/article/')
      ? decodeURIComponent(document.location.hash.slice('#/article/'.length))
      : null;

  function navigate(hash: string): void {
    if (document.location.hash === hash) void route();
    else document.location.hash = hash;
  }

  function articleHref(id: string): string {
    const hash = `#/article/${encodeURIComponent(id)}`;
    return options.compact ? `${extensionUrl('/archive.html')}${hash}` : hash;
  }

  // ── List view ─────────────────────────────────────────────────────────────────────────────
  const listView = el(document, 'section', { className: 'gc-archive-list-view' });
  const search = el(document, 'input', {
    className: 'gc-archive-search',
    attrs: {
      type: 'search',
      placeholder: t('archiveSearchPlaceholder'),
      'aria-label': t('archiveSearchPlaceholder'),
    },
  });
  const sort = el(document, 'select', { attrs: { name: 'sort' } });
  sort.append(
    el(document, 'option', { text: t('archiveSortSaved'), attrs: { value: 'saved' } }),
    el(document, 'option', { text: t('archiveSortPublished'), attrs: { value: 'published' } }),
  );
  const site = el(document, 'select', { attrs: { name: 'site' } });
  const tag = el(document, 'select', { attrs: { name: 'tag' } });
  const reference = el(document, 'select', { attrs: { name: 'reference' } });
  const from = el(document, 'input', { attrs: { type: 'date', name: 'from' } });
  const to = el(document, 'input', { attrs: { type: 'date', name: 'to' } });
  const hasNotes = el(document, 'input', { attrs: { type: 'checkbox', name: 'hasNotes' } });
  const filters = el(
    document,
    'div',
    { className: 'gc-archive-filters' },
    el(document, 'label', { text: t('archiveSortLabel') }, sort),
    el(document, 'label', { text: t('archiveFilterSite') }, site),
    el(document, 'label', { text: t('archiveFilterTag') }, tag),
    el(document, 'label', { text: t('archiveFilterReference') }, reference),
    el(document, 'label', { text: t('archiveFilterFrom') }, from),
    el(document, 'label', { text: t('archiveFilterTo') }, to),
    el(document, 'label', { className: 'gc-inline' }, hasNotes, ` ${t('archiveFilterHasNotes')}`),
  );
  const count = el(document, 'p', {
    className: 'gc-muted gc-archive-count',
    attrs: { 'aria-live': 'polite' },
  });
  const list = el(document, 'ol', { className: 'gc-archive-list' });
  listView.append(search, filters, count, list);

  function fillSelect(
    select: HTMLSelectElement,
    values: [string, string][],
    current: string | undefined,
  ) {
    select.textContent = '';
    select.append(el(document, 'option', { text: t('archiveFilterAll'), attrs: { value: '' } }));
    for (const [value, label] of values)
      select.append(el(document, 'option', { text: label, attrs: { value } }));
    select.value = current ?? '';
  }

  async function refreshFacets(): Promise<void> {
    const repository = await repositoryReady;
    const [facets, references] = await Promise.all([
      repository.facets(),
      repository.referencesIndex(),
    ]);
    fillSelect(
      site,
      facets.sites.map((value) => [value, value]),
      state.filters.site,
    );
    fillSelect(
      tag,
      facets.tags.map((value) => [value, value]),
      state.filters.tag,
    );
    fillSelect(
      reference,
      references.map((group) => [group.key, group.label]),
      state.filters.refKey,
    );
  }

  function readControls(): void {
    state.query = search.value;
    state.sort = sort.value === 'published' ? 'published' : 'saved';
    const value = (input: HTMLInputElement | HTMLSelectElement) =>
      input.value === '' ? undefined : input.value;
    state.filters = {
      site: value(site),
      tag: value(tag),
      refKey: value(reference),
      from: value(from),
      to: value(to),
      hasNotes: hasNotes.checked ? true : undefined,
    };
  }

  /** The snapshot on screen, until the database's first page confirms or replaces it. */
  let shownSnapshot: ListPage | null = null;
  const isDefaultList = () =>
    state.query.trim() === '' &&
    state.sort === 'saved' &&
    Object.values(state.filters).every((value) => value === undefined);

  let listRun = 0;
  async function refreshList(): Promise<void> {
    const run = ++listRun;
    const repository = await repositoryReady;
    let cards: ArticleCard[];
    let total: number;
    if (state.query.trim() !== '') {
      const hits = await repository.search(state.query, {
        filters: state.filters,
        limit: LIST_LIMIT,
      });
      cards = hits.map((hit) => hit.card);
      total = cards.length;
    } else {
      const result = await repository.listArticles({
        sort: state.sort,
        filters: state.filters,
        limit: LIST_LIMIT,
      });
      cards = result.cards;
      total = result.total;
    }
    if (run !== listRun) return; // a newer query already answered
    const snapshot = shownSnapshot;
    shownSnapshot = null;
    const confirmed =
      snapshot !== null && isDefaultList() && sameListPage(snapshot, { cards, total });
    if (snapshot) {
      document.documentElement.setAttribute(
        'data-gc-archive-snapshot',
        confirmed ? 'confirmed' : 'replaced',
      );
    }
    // Confirmed cards on screen are the database's: nothing to redraw (focus and scroll stay).
    if (!confirmed) showCards(cards, total);
    document.documentElement.setAttribute('data-gc-archive-view', 'list');
  }

  function showCards(cards: ListCard[], total: number): void {
    visibleIds = cards.map((card) => card.id);
    list.textContent = '';
    count.textContent = t('archiveResultCount', String(total));
    if (cards.length === 0) {
      const empty =
        state.query.trim() === '' && Object.values(state.filters).every((v) => v === undefined);
      list.append(
        el(document, 'li', {
          className: 'gc-muted',
          text: t(empty ? 'archiveEmpty' : 'archiveNoResults'),
        }),
      );
    }
    for (const card of cards) list.append(renderCard(card));
  }

  function renderCard(card: ListCard): HTMLElement {
    return renderArchiveCard(document, card, {
      href: articleHref(card.id),
      newTab: options.compact,
      t,
      onToggleRead: () => {
        void repositoryReady
          .then((repository) => repository.updateArticle(card.id, { read: !card.read }))
          .then(() => refreshList());
      },
      onDelete: () => {
        void repositoryReady.then(async (repository) => {
          const deleted = await repository.deleteArticle(card.id);
          await Promise.all([refreshList(), refreshFacets()]);
          toast.show(t('archiveArticleDeleted'), {
            undo: {
              label: t('archiveUndo'),
              run: () =>
                void repository
                  .restoreArticle(deleted)
                  .then(() => Promise.all([refreshList(), refreshFacets()])),
            },
          });
        });
      },
    });
  }

  let typing: ReturnType<typeof setTimeout> | null = null;
  search.addEventListener('input', () => {
    if (typing !== null) clearTimeout(typing);
    typing = setTimeout(() => {
      readControls();
      void refreshList();
    }, 120);
  });
  for (const control of [sort, site, tag, reference, from, to, hasNotes]) {
    control.addEventListener('change', () => {
      readControls();
      void refreshList();
    });
  }

  // ── References index ─────────────────────────────────────────────────────────────────────
  // Documents are listed from the summaries; each one's passages load when it is opened, so the
  // index stays quick however many citations the archive holds.
  async function showReferences(): Promise<void> {
    const repository = await repositoryReady;
    const summaries = await repository.referenceSummaries();
    main.textContent = '';
    if (summaries.length === 0) {
      main.append(el(document, 'p', { className: 'gc-muted', text: t('archiveReferencesEmpty') }));
    } else {
      const index = el(document, 'div', { className: 'gc-archive-refs' });
      for (const summary of summaries) index.append(renderReference(summary));
      main.append(index);
    }
    document.documentElement.setAttribute('data-gc-archive-view', 'references');
  }

  function passageWithMark(passage: string, text: string): HTMLElement {
    const paragraph = el(document, 'p', { className: 'gc-archive-passage' });
    const at = passage.indexOf(text);
    if (at < 0) {
      paragraph.textContent = passage;
      return paragraph;
    }
    paragraph.append(
      passage.slice(0, at),
      el(document, 'mark', { text }),
      passage.slice(at + text.length),
    );
    return paragraph;
  }

  function renderReference(summary: ReferenceSummary): HTMLElement {
    const details = el(document, 'details', {
      className: 'gc-archive-ref',
      attrs: { 'data-gc-ref-key': summary.key },
    });
    const heading = el(
      document,
      'summary',
      {},
      el(document, 'span', {
        className: 'gc-archive-ref-label',
        text: referenceHeading(summary.label, summary.title),
      }),
      ' ',
      el(document, 'span', {
        className: 'gc-muted',
        text: t('archiveCitedBy', String(summary.articleCount)),
      }),
    );
    const filter = button(document, t('archiveTabArticles'), () => {
      reference.value = summary.key;
      readControls();
      navigate('#/');
    });
    const passages = el(document, 'ul', { className: 'gc-archive-ref-passages' });
    details.append(heading, filter, passages);
    let loaded = false;
    details.addEventListener('toggle', () => {
      if (!details.open || loaded) return;
      loaded = true;
      void repositoryReady.then(async (repository) => {
        const citations = await repository.citationsOf(summary.key);
        // One link per citing article, then each of its passages.
        citations.forEach((citation, index) => {
          const sameArticle = citations[index - 1]?.articleId === citation.articleId;
          passages.append(
            el(
              document,
              'li',
              { attrs: { 'data-gc-article': citation.articleId } },
              sameArticle
                ? null
                : el(document, 'a', {
                    text: citation.articleTitle,
                    attrs: { href: articleHref(citation.articleId) },
                  }),
              passageWithMark(citation.passage, citation.text),
            ),
          );
        });
        details.setAttribute('data-gc-loaded', 'true');
      });
    });
    return details;
  }

  // ── Router ───────────────────────────────────────────────────────────────────────────────
  async function route(): Promise<void> {
    cleanup();
    cleanup = () => undefined;
    const hash = document.location.hash;
    articlesTab.setAttribute('aria-selected', String(!hash.startsWith('#/references')));
    referencesTab.setAttribute('aria-selected', String(hash.startsWith('#/references')));
    document.documentElement.setAttribute('data-gc-archive-view', 'loading');
    try {
      if (hash.startsWith('#/article/')) {
        const id = decodeURIComponent(hash.slice('#/article/'.length));
        main.textContent = '';
        main.append(
          button(document, t('archiveBack'), () => navigate('#/'), {
            className: 'gc-archive-back',
          }),
        );
        const host = el(document, 'div', { className: 'gc-archive-article' });
        main.append(host);
        cleanup = await showArchivedArticle(document, host, await repositoryReady, id, t);
        document.documentElement.setAttribute('data-gc-archive-view', 'article');
        return;
      }
      document.title = t('archiveTitle');
      if (hash.startsWith('#/references')) {
        await showReferences();
        return;
      }
      if (!main.contains(listView)) {
        main.textContent = '';
        main.append(listView);
      }
      // The list first: its cards are what the user waits for; the filters' choices follow.
      await refreshList();
      await refreshFacets();
    } catch (error) {
      const detail = error instanceof ArchiveError ? error.localized(uiLanguage()) : String(error);
      toast.show(t('archiveStorageError', detail), { kind: 'error' });
      document.documentElement.setAttribute('data-gc-archive-view', 'error');
    }
  }
  // ── Start ────────────────────────────────────────────────────────────────────────────────
  const onList =
    !document.location.hash.startsWith('#/article/') &&
    !document.location.hash.startsWith('#/references');
  const snapshot = onList
    ? options.listSnapshot !== undefined
      ? options.listSnapshot
      : archiveListSnapshot()
    : null;
  document.documentElement.setAttribute('data-gc-archive-snapshot', snapshot ? 'shown' : 'none');
  if (snapshot) {
    main.append(listView);
    showCards(snapshot.cards, snapshot.total);
    shownSnapshot = snapshot;
  }

  let repository: ArchiveRepository;
  try {
    repository = await repositoryReady;
  } catch (error) {
    const detail = error instanceof ArchiveError ? error.localized(uiLanguage()) : String(error);
    // Cards that could not be opened must not stay on screen: the error replaces the page.
    app.textContent = '';
    app.append(
      el(document, 'p', {
        className: 'gc-message gc-error',
        text: t('archiveStorageError', detail),
      }),
    );
    if (snapshot) document.documentElement.setAttribute('data-gc-archive-snapshot', 'replaced');
    document.documentElement.setAttribute('data-gc-archive-view', 'error');
    return;
  }
  void mountExportSlot(exportSlot, {
    repository,
    t,
    visibleArticleIds: () => visibleIds,
    currentArticleId,
    onArchiveChanged: () => void route(),
  }).catch((error: unknown) => console.error('GovClip: export controls failed', error));
  window.addEventListener('hashchange', () => void route());
  await route();
}
