/**
 * `extractArticle`: the pipeline over an injected Document, one small step per file:
 * detect → metadata → pick-root → strip-noise → blocks → refine-blocks → finish.
 * Works on a clone (the caller's document is never mutated) and never throws.
 */
import type {
  CmsFamily,
  ExtractResult,
  NotAnArticle,
  NotArticleReason,
  RemovedItem,
} from '../types';
import { detectCms, detectionMarkup } from './detect';
import { forgetSelectorIndex, hasText, isDocumentLike } from './dom';
import { readMetadata } from './metadata';
import {
  classifyNonArticle,
  profileListing,
  pickGenericRoot,
  pickProfileRoot,
  precleanCopy,
  type RootChoice,
} from './pick-root';
import { stripNoise } from './strip-noise';
import { buildBlocks } from './blocks';
import { refineBlocks } from './refine-blocks';
import { finishArticle } from './finish';
import { documentView, replacedRootView } from './page-view';
import {
  baseUrlOf,
  findLabelledByline,
  forgetMetaIndex,
  readGenericFields,
  readHeaderNearTitle,
} from './metadata';

export interface ExtractOptions {
  url?: string | null;
  /** Skip CMS detection and take the generic path (benchmarks, debugging a profile). */
  forceGeneric?: boolean;
}

function notAnArticle(reason: NotArticleReason, detail: string, cms: CmsFamily): NotAnArticle {
  return { notAnArticle: true, reason, detail, cms };
}

/**
 * The element at the same child-index path under `copy` as `element` has under `root`. Counted
 * along sibling pointers: linkedom builds an array of all children on every `childNodes` read.
 */
function counterpart(element: Element, root: Element, copy: Element): Element | null {
  const path: number[] = [];
  let current: Node = element;
  while (current !== root) {
    const parent = current.parentNode;
    if (!parent) return null;
    let position = 0;
    for (let sibling = current.previousSibling; sibling; sibling = sibling.previousSibling)
      position++;
    path.push(position);
    current = parent;
  }
  let mapped: Node | null = copy;
  for (let i = path.length - 1; i >= 0 && mapped; i--) {
    mapped = mapped.firstChild;
    for (let steps = path[i] as number; steps > 0 && mapped; steps--) mapped = mapped.nextSibling;
  }
  return mapped && mapped.nodeType === 1 ? (mapped as Element) : null;
}

/**
 * Everything up to the choice of the root only reads the page, so it reads the caller's
 * document; when the root lies inside that document (the profile path) only the root is copied
 * and cleaned, and the steps after it see the page through a `PageView` with the root replaced.
 * The caches keyed by the caller's document are dropped on the way out: it may change later.
 */
function runPipeline(source: Document, options: ExtractOptions): ExtractResult {
  try {
    return runOnSource(source, options);
  } finally {
    forgetSelectorIndex(source);
    forgetMetaIndex(source);
  }
}

function runOnSource(document: Document, options: ExtractOptions): ExtractResult {
  if (!document.documentElement || !hasText(document.documentElement)) {
    return notAnArticle('empty-document', 'The document has no text.', 'generic');
  }
  const removed: RemovedItem[] = [];
  const url = options.url ?? null;

  // The signal markup is read once: detection and the listing check both test it.
  const markup = detectionMarkup(document);
  const detection = options.forceGeneric
    ? { profile: null, score: 0, signals: ['forced generic'] }
    : detectCms(document, url ? [url] : [], markup);
  const profile = detection.profile;
  const cms: CmsFamily = profile?.family ?? 'generic';
  removed.push({
    rule: 'detect',
    excerpt: `${cms} (${detection.score}): ${detection.signals.slice(0, 4).join(', ')}`,
  });

  const metadata = readMetadata(document, profile, url, removed);
  const base = baseUrlOf(document, url);

  let choice: RootChoice | null;
  const profileRoot = metadata.title ? pickProfileRoot(document, profile) : null;
  const profileHasTitle = metadata.titleFromProfile;
  if (profileRoot && profileHasTitle) {
    choice = { root: profileRoot, via: 'profile' };
  } else {
    if (profileListing(document, profile, markup)) {
      return notAnArticle(
        'listing-page',
        `The ${profile?.label} page is a listing (category) page.`,
        cms,
      );
    }
    const remakeCopy = () => precleanCopy(document, profile?.noise ?? []);
    const copy = remakeCopy();
    const decision = classifyNonArticle(copy, url);
    if (decision) return notAnArticle(decision.reason, decision.detail, cms);
    choice = profileRoot
      ? { root: profileRoot, via: 'profile' }
      : pickGenericRoot(copy, removed, remakeCopy);
  }
  if (!choice) return notAnArticle('no-main-content', 'No element holds the article text.', cms);
  removed.push({ rule: `pick-root:${choice.via}`, excerpt: choice.root.tagName.toLowerCase() });

  const title = metadata.title ?? choice.readabilityTitle ?? null;
  if (!title) return notAnArticle('no-main-content', 'The page has no title.', cms);

  // Class conventions shared across CMSs, for what the profile did not find.
  const generic = readGenericFields(document, choice.root, {
    author: metadata.author === null,
    date: metadata.published === null,
    lead: metadata.lead === null && choice.via !== 'profile',
  });
  let metadataElements = [
    metadata.titleElement,
    metadata.leadElement,
    metadata.authorElement,
    metadata.publishedElement,
    ...generic.elements,
  ];
  let page = documentView(document);
  if (document.contains(choice.root)) {
    // A root in the caller's page (the profile path) is cleaned on a copy of it alone; the
    // metadata elements inside it are found again in the copy by their child-index paths.
    const sourceRoot = choice.root;
    const root = sourceRoot.cloneNode(true) as Element;
    metadataElements = metadataElements.map((element) =>
      element && sourceRoot.contains(element) ? counterpart(element, sourceRoot, root) : null,
    );
    choice = { ...choice, root };
    page = replacedRootView(document, sourceRoot, root);
  }
  stripNoise({ root: choice.root, profile, metadataElements, removed });
  const drafts = buildBlocks(choice.root, base, title);
  const firstText = drafts.find((draft) => draft.block.type === 'paragraph');
  const header =
    metadata.published === null || (metadata.lead === null && choice.via !== 'profile')
      ? readHeaderNearTitle(
          page,
          title,
          firstText?.block.type === 'paragraph' ? firstText.block.text : null,
          metadata.lead === null && choice.via !== 'profile',
        )
      : null;
  if (header?.published)
    removed.push({ rule: 'metadata:date-near-title', excerpt: header.published });
  const refined = refineBlocks({
    description: metadata.description,
    structuralLead: choice.via !== 'profile',
    drafts,
    title,
    lead: metadata.lead ?? header?.lead ?? generic.lead ?? null,
    removed,
  });
  const blocks = refined.drafts.map((draft) => draft.block);
  const textLength = blocks.reduce(
    (sum, block) => sum + ('text' in block ? block.text.length : 0),
    0,
  );
  if (textLength === 0 && !refined.lead && metadata.attachments.length === 0) {
    return notAnArticle(
      'too-little-text',
      'The article root holds no text after noise removal.',
      cms,
    );
  }

  // Last resort for the byline: a labelled line anywhere on the page (outside nav/footer).
  const labelled =
    metadata.author || refined.author || generic.author || header?.author
      ? { author: null, source: null }
      : findLabelledByline(page);
  return finishArticle({
    url,
    cms,
    metadata,
    title,
    lead: refined.lead,
    author:
      metadata.author ??
      refined.author ??
      generic.author ??
      header?.author ??
      labelled.author ??
      choice.readabilityByline ??
      null,
    source: metadata.source ?? refined.source ?? labelled.source,
    published: metadata.published ?? header?.published ?? generic.published ?? refined.published,
    blocks,
    removed,
  });
}

export function extractArticle(document: Document, options: ExtractOptions = {}): ExtractResult {
  if (!isDocumentLike(document)) {
    return notAnArticle('empty-document', 'The input is not a DOM Document.', 'generic');
  }
  try {
    return runPipeline(document, options);
  } catch (error) {
    // Never throw on page input: report it as not an article, with the cause.
    const detail = error instanceof Error ? error.message : String(error);
    return notAnArticle('no-main-content', `Extraction failed: ${detail.slice(0, 200)}`, 'generic');
  }
}
