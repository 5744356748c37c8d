import {
  extractArticle,
  findReferences,
  isArticle,
  referenceLinks,
  sanitizeHtml,
  type Article,
  type NotArticleReason,
  type Reference,
} from '@govclip/core';
import { mountArchiveFeatures } from '../archive/reader-hooks';
import { t, uiLanguage } from '../browser-api';
import {
  applyTheme,
  DEFAULT_SETTINGS,
  LINE_WIDTHS,
  THEMES,
  loadSettings,
  rememberTheme,
  stepFontSize,
  updateSettings,
  type Settings,
} from '../settings';
import { takeCapture } from './capture-store';
import { genericArticle } from './generic-article';
import type { ReaderContext, RequestedAction } from './reader-context';
import {
  REFERENCE_CLASS,
  REFERENCE_INDEX_ATTRIBUTE,
  fullestMention,
  groupReferences,
  highlightReferences,
  renderReferenceCard,
  renderReferencePanel,
  type LookupLink,
  type ReferenceGroup,
} from './references-ui';
import { renderArticle } from './render-article';
import { UNIT_START_ATTRIBUTE, offsetsFromRange, rangeFromOffsets } from './text-map';

/**
 * The reader page: takes the captured page, extracts the article in the extension's own origin,
 * renders it (sanitized), tags references, wires reading controls and hands a `ReaderContext` to
 * the archive features. `data-gc-state` on <html> says where it is (`loading`, `ready`,
 * `not-article`, `error`) so tests and scripts can wait for it.
 */

type ReaderState = 'loading' | 'ready' | 'not-article' | 'error';

const NOT_ARTICLE_MESSAGES: Record<NotArticleReason, string> = {
  'listing-page': 'readerNotArticleListing',
  'home-page': 'readerNotArticleHome',
  'no-main-content': 'readerNotArticleNoContent',
  'too-little-text': 'readerNotArticleTooLittle',
  'empty-document': 'readerNotArticleEmpty',
};

interface Shell {
  toolbar: HTMLElement;
  featureButtons: HTMLElement;
  main: HTMLElement;
  side: HTMLElement;
  featurePanels: HTMLElement;
}

function setState(document: Document, state: ReaderState): void {
  document.documentElement.setAttribute('data-gc-state', state);
}

function button(
  document: Document,
  label: string,
  title: string,
  onClick: () => void,
): HTMLButtonElement {
  const created = document.createElement('button');
  created.type = 'button';
  created.textContent = label;
  created.title = title;
  created.setAttribute('aria-label', title);
  created.addEventListener('click', onClick);
  return created;
}

export function applySettings(document: Document, settings: Settings): void {
  const body = document.body;
  applyTheme(body, settings.theme);
  rememberTheme(settings.theme); // the archive page paints in it before its settings load
  for (const width of LINE_WIDTHS)
    body.classList.toggle(`gc-width-${width}`, width === settings.lineWidth);
  body.style.setProperty('--gc-font-size', `${settings.fontSize}px`);
  for (const control of Array.from(document.querySelectorAll<HTMLElement>('[data-setting]'))) {
    const [name, value] = (control.getAttribute('data-setting') ?? '').split('=');
    const current = String(settings[name as keyof Settings]);
    control.setAttribute('aria-pressed', String(current === value));
  }
}

function buildShell(document: Document, settings: Settings): Shell {
  const app = document.getElementById('gc-app') ?? document.body;
  app.textContent = '';
  const toolbar = document.createElement('header');
  toolbar.className = 'gc-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  const brand = document.createElement('span');
  brand.className = 'gc-brand';
  brand.textContent = 'GovClip';
  toolbar.appendChild(brand);

  const controls = document.createElement('div');
  controls.className = 'gc-controls';
  let current = settings;
  const change = async (update: Partial<Settings>) => {
    current = { ...current, ...update };
    applySettings(document, current);
    current = await updateSettings(update);
  };
  const fontGroup = document.createElement('div');
  fontGroup.className = 'gc-control-group';
  fontGroup.append(
    button(
      document,
      'A−',
      t('readerFontSmaller'),
      () => void change({ fontSize: stepFontSize(current.fontSize, -1) }),
    ),
    button(
      document,
      'A+',
      t('readerFontLarger'),
      () => void change({ fontSize: stepFontSize(current.fontSize, 1) }),
    ),
  );
  const widthGroup = document.createElement('div');
  widthGroup.className = 'gc-control-group';
  widthGroup.title = t('readerWidth');
  const widthKeys = {
    narrow: 'readerWidthNarrow',
    medium: 'readerWidthMedium',
    wide: 'readerWidthWide',
  } as const;
  for (const width of LINE_WIDTHS) {
    const control = button(
      document,
      t(widthKeys[width]),
      `${t('readerWidth')}: ${t(widthKeys[width])}`,
      () => void change({ lineWidth: width }),
    );
    control.setAttribute('data-setting', `lineWidth=${width}`);
    widthGroup.appendChild(control);
  }
  const themeGroup = document.createElement('div');
  themeGroup.className = 'gc-control-group';
  const themeKeys = {
    light: 'readerThemeLight',
    sepia: 'readerThemeSepia',
    dark: 'readerThemeDark',
  } as const;
  for (const theme of THEMES) {
    const control = button(
      document,
      t(themeKeys[theme]),
      `${t('readerTheme')}: ${t(themeKeys[theme])}`,
      () => void change({ theme }),
    );
    control.setAttribute('data-setting', `theme=${theme}`);
    control.classList.add(`gc-swatch-${theme}`);
    themeGroup.appendChild(control);
  }
  controls.append(fontGroup, widthGroup, themeGroup);
  toolbar.appendChild(controls);
  const featureButtons = document.createElement('div');
  featureButtons.className = 'gc-feature-buttons';
  toolbar.appendChild(featureButtons);

  const layout = document.createElement('div');
  layout.className = 'gc-layout';
  const main = document.createElement('main');
  main.className = 'gc-main';
  const side = document.createElement('aside');
  side.className = 'gc-side';
  const featurePanels = document.createElement('div');
  featurePanels.className = 'gc-feature-panels';
  side.appendChild(featurePanels);
  layout.append(main, side);
  app.append(toolbar, layout);
  applySettings(document, settings);
  return { toolbar, featureButtons, main, side, featurePanels };
}

function showMessage(
  shell: Shell,
  document: Document,
  message: string,
  className = 'gc-message',
): HTMLElement {
  const box = document.createElement('div');
  box.className = className;
  box.setAttribute('role', 'status');
  const paragraph = document.createElement('p');
  paragraph.textContent = message;
  box.appendChild(paragraph);
  shell.main.appendChild(box);
  return box;
}

function safeLinks(reference: Reference): LookupLink[] {
  try {
    return referenceLinks(reference);
  } catch {
    return []; // the lookup links are optional: a missing one must not break the card
  }
}

/** References in reading order, each list sorted by position. */
function byStart(references: readonly Reference[]): Reference[] {
  return [...references].sort((a, b) => a.start - b.start);
}

/**
 * Reference tags, card and panel for a rendered article. The title is not part of
 * `article.text`, but documents cited in it are tagged too (its own offsets, its own unit).
 */
function wireReferences(
  document: Document,
  article: Article,
  root: HTMLElement,
  header: HTMLElement,
  shell: Shell,
): void {
  let titleReferences: Reference[];
  try {
    // Scanned together with the text, so a document cited in the title gets the same key as
    // its mentions in the text (the resolver sees the dated full form there).
    titleReferences = byStart(
      findReferences(`${article.title}\n\n${article.text}`).filter(
        (reference) => reference.end <= article.title.length,
      ),
    );
  } catch {
    titleReferences = []; // a failing scanner must not keep the article from showing
  }
  const references = [...titleReferences, ...byStart(article.references)];
  const tags = new Map<number, HTMLElement[]>();
  const title = header.querySelector<HTMLElement>('.gc-title');
  if (title !== null && titleReferences.length > 0 && title.textContent === article.title) {
    title.setAttribute(UNIT_START_ATTRIBUTE, '0');
    for (const [index, found] of highlightReferences(header, titleReferences))
      tags.set(index, found);
  }
  const bodyReferences = references.slice(titleReferences.length);
  for (const [index, found] of highlightReferences(root, bodyReferences, titleReferences.length)) {
    tags.set(index, found);
  }
  // The card and the tags' events live on the <article> (title and body).
  const container = root.closest('article') ?? root;
  let openCard: HTMLElement | null = null;
  const closeCard = () => {
    openCard?.remove();
    openCard = null;
  };
  const showCard = (index: number, anchor: HTMLElement) => {
    const reference = references[index];
    if (reference === undefined) return;
    closeCard();
    const details = fullestMention(references, reference);
    const card = renderReferenceCard(document, reference, safeLinks(details), t, details);
    card.querySelector('.gc-ref-card-close')?.addEventListener('click', closeCard);
    const anchorBox = anchor.getBoundingClientRect();
    const containerBox = container.getBoundingClientRect();
    card.style.top = `${anchorBox.bottom - containerBox.top + 6}px`;
    card.style.left = `${Math.max(0, Math.min(anchorBox.left - containerBox.left, containerBox.width - 360))}px`;
    container.appendChild(card);
    openCard = card;
  };
  container.addEventListener('click', (event) => {
    const tag = (event.target as Element | null)?.closest?.(
      `.${REFERENCE_CLASS}`,
    ) as HTMLElement | null;
    if (tag === null || tag === undefined) return;
    showCard(Number(tag.getAttribute(REFERENCE_INDEX_ATTRIBUTE)), tag);
  });
  container.addEventListener('keydown', (event) => {
    const tag = (event.target as Element | null)?.closest?.(
      `.${REFERENCE_CLASS}`,
    ) as HTMLElement | null;
    if (tag !== null && tag !== undefined && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      showCard(Number(tag.getAttribute(REFERENCE_INDEX_ATTRIBUTE)), tag);
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeCard();
  });

  const visits = new Map<string, number>();
  const selectGroup = (group: ReferenceGroup) => {
    // Each click on a document goes to its next mention, and flashes all of them.
    const mentions = group.indices.flatMap((index) => (tags.get(index) ?? []).slice(0, 1));
    if (mentions.length === 0) return;
    const visit = (visits.get(group.key) ?? -1) + 1;
    visits.set(group.key, visit);
    const target = mentions[visit % mentions.length]!;
    target.scrollIntoView({ behavior: 'smooth', block: 'center' });
    for (const tag of group.indices.flatMap((index) => tags.get(index) ?? [])) {
      tag.classList.remove('gc-ref-flash');
      void tag.offsetWidth; // restart the CSS animation
      tag.classList.add('gc-ref-flash');
    }
    target.focus({ preventScroll: true });
  };
  const groups = groupReferences(references);
  shell.side.insertBefore(
    renderReferencePanel(document, groups, references.length, t, selectGroup),
    shell.side.firstChild,
  );
}

async function renderReader(
  document: Document,
  shell: Shell,
  article: Article,
  sourceUrl: string,
  requestedAction: RequestedAction,
  notice: string | null,
): Promise<void> {
  shell.main.textContent = '';
  for (const panel of Array.from(shell.side.querySelectorAll('.gc-ref-panel'))) panel.remove();
  if (notice !== null) showMessage(shell, document, notice, 'gc-notice');
  const rendered = renderArticle(
    article,
    sourceUrl,
    { sanitize: (html) => sanitizeHtml(html, document), t },
    document,
  );
  if (!rendered.layoutMatches)
    console.warn('GovClip: article.text differs from its layout; offsets may drift');
  const container = document.createElement('article');
  container.className = 'gc-article';
  container.append(rendered.header, rendered.root);
  if (rendered.attachments !== null) container.appendChild(rendered.attachments);
  shell.main.appendChild(container);
  document.title = article.title || t('readerTitle');
  wireReferences(document, article, rendered.root, rendered.header, shell);
  setState(document, 'ready');

  const context: ReaderContext = {
    article,
    sourceUrl,
    root: rendered.root,
    toolbar: shell.featureButtons,
    sidePanel: shell.featurePanels,
    rangeFromOffsets: (start, end) => rangeFromOffsets(rendered.root, start, end),
    offsetsFromRange: (range) => offsetsFromRange(rendered.root, range),
    requestedAction,
    t,
  };
  try {
    await mountArchiveFeatures(context);
  } catch (error) {
    console.error('GovClip: archive features failed to start', error);
  }
  try {
    // Loaded on demand: the exporters (docx, zip) are large and the article should not wait for them.
    const { mountReaderExportControls } = await import('../export/reader-export');
    await mountReaderExportControls(context);
  } catch (error) {
    console.error('GovClip: export controls failed to start', error);
  }
}

function offerGeneric(
  document: Document,
  shell: Shell,
  box: HTMLElement,
  html: string,
  url: string,
  requestedAction: RequestedAction,
): void {
  const offer = button(document, t('readerGenericOffer'), t('readerGenericOffer'), () => {
    const article = genericArticle(html, url, new DOMParser());
    if (article === null) {
      showMessage(shell, document, t('readerNotArticleNoContent'));
      return;
    }
    void renderReader(document, shell, article, url, requestedAction, t('readerGenericNotice'));
  });
  offer.className = 'gc-generic-offer';
  box.appendChild(offer);
}

export async function startReader(
  document: Document,
  location: Location = window.location,
): Promise<void> {
  setState(document, 'loading');
  document.documentElement.lang = uiLanguage().startsWith('en') ? 'en' : 'vi';
  document.title = t('readerTitle');
  const settings = await loadSettings().catch(() => ({ ...DEFAULT_SETTINGS }));
  const shell = buildShell(document, settings);
  const params = new URLSearchParams(location.search);
  const requestedAction: RequestedAction = params.get('action') === 'save' ? 'save' : 'read';
  const error = params.get('error');
  if (error !== null) {
    showMessage(shell, document, t('readerErrorCannotCapture'), 'gc-message gc-error');
    setState(document, 'error');
    return;
  }
  const loading = showMessage(shell, document, t('readerLoading'));
  const capture = await takeCapture(params.get('capture') ?? '');
  loading.remove();
  if (capture === null) {
    showMessage(shell, document, t('readerErrorNoCapture'), 'gc-message gc-error');
    setState(document, 'error');
    return;
  }
  const parser = new DOMParser();
  const page = parser.parseFromString(capture.html, 'text/html');
  let result;
  try {
    result = extractArticle(page, { url: capture.url });
  } catch (failure) {
    console.error('GovClip: extraction failed', failure);
    const box = showMessage(
      shell,
      document,
      t('readerErrorExtract', failure instanceof Error ? failure.message : String(failure)),
      'gc-message gc-error',
    );
    offerGeneric(document, shell, box, capture.html, capture.url, requestedAction);
    setState(document, 'error');
    return;
  }
  if (!isArticle(result)) {
    const box = showMessage(shell, document, t('readerNotArticle'), 'gc-message gc-not-article');
    const reason = document.createElement('p');
    reason.textContent = t(NOT_ARTICLE_MESSAGES[result.reason]);
    box.appendChild(reason);
    offerGeneric(document, shell, box, capture.html, capture.url, requestedAction);
    setState(document, 'not-article');
    return;
  }
  await renderReader(document, shell, result, capture.url, requestedAction, null);
}
