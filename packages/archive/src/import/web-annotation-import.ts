import type { z } from 'zod';
import { fromStoredOrUndefined } from '../storage/stored-article';
import { anchor, describe } from '../anchoring';
import { ANNOTATION_ID_PREFIX } from '../export/web-annotation';
import type { ProgressCallback } from '../export/snapshot';
import { articleIdFromUrl } from '../ids';
import type { ArchiveRepository } from '../repository';
import { writeDerivedRows, type DerivedRowsTransaction } from '../storage/derived-rows';
import { ALL_STORES } from '../storage/schema';
import type {
  Annotation,
  ArchivedArticle,
  HighlightColor,
  TextPositionSelector,
  TextQuoteSelector,
} from '../types';
import { importError, type ImportError } from './import-error';
import { writeInOneTransaction } from './write-transaction';
import { mergeAnnotation, unionTags } from './merge';
import { describePath, parseJsonSafely, type SafeJsonLimits } from './safe-json';
import {
  annotationCollectionSchema,
  annotationPageSchema,
  webAnnotationSchema,
  type ParsedWebAnnotation,
} from './web-annotation-schema';

/**
 * Import of W3C Web Annotation JSON-LD (ours, or another tool's: a collection, a page, an
 * array or a single annotation). Each annotation is matched to an archived article by its
 * target source URL (normalized like article ids), anchored in the archived text with the
 * archive's anchoring (position → exact → fuzzy), or kept as orphaned when it no longer
 * anchors. The whole file is validated first; the writes go in one transaction.
 */
export interface WebAnnotationCandidate {
  /** Our id (from a `urn:govclip:annotation:` IRI), the foreign IRI, or null (a new id is made). */
  id: string | null;
  source: string;
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
  note: string;
  tags: string[];
  color: HighlightColor | null;
  created: string | null;
  modified: string | null;
}

export interface WebAnnotationImportReport {
  added: number;
  merged: number;
  unchanged: number;
  /** Imported but no longer found in the archived text: kept, marked orphaned. */
  orphaned: number;
  /** No archived article has the target URL: not imported. */
  unmatched: number;
  /** The first few target URLs without an archived article, for the message. */
  unmatchedSources: string[];
}

export interface WebAnnotationImportOptions {
  onProgress?: ProgressCallback;
  limits?: SafeJsonLimits;
  now?: () => Date;
}

const COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/u;

function invalid(error: z.ZodError, prefix: (string | number)[]): ImportError {
  const issue = error.issues[0];
  return importError('invalid-data', {
    location:
      describePath([...prefix, ...((issue?.path ?? []) as (string | number)[])]) || '(root)',
    detail: issue?.message ?? 'invalid',
  });
}

function typeIs(value: unknown, name: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === name || (Array.isArray(type) && type.includes(name));
}

/** The raw annotation items of any accepted top-level shape, with their location. */
function itemsOf(raw: unknown): Array<{ item: unknown; at: (string | number)[] }> {
  const withPath = (items: unknown[], at: (string | number)[]) =>
    items.map((item, index) => ({ item, at: [...at, index] }));
  if (Array.isArray(raw)) return withPath(raw, []);
  if (typeIs(raw, 'AnnotationCollection')) {
    const collection = annotationCollectionSchema.safeParse(raw);
    if (!collection.success) throw invalid(collection.error, []);
    const first = collection.data.first;
    if (first === undefined) return [];
    if (typeof first === 'string') {
      throw importError('invalid-data', {
        location: 'first',
        detail: 'the collection links to its pages instead of embedding them',
      });
    }
    return withPath(first.items, ['first', 'items']);
  }
  if (typeIs(raw, 'AnnotationPage')) {
    const page = annotationPageSchema.safeParse(raw);
    if (!page.success) throw invalid(page.error, []);
    return withPath(page.data.items, ['items']);
  }
  if (typeIs(raw, 'Annotation')) return [{ item: raw, at: [] }];
  throw importError('wrong-format', { detail: 'expected W3C Web Annotations (JSON-LD)' });
}

function asList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function ourId(iri: string | undefined): string | null {
  if (iri === undefined) return null;
  if (iri.startsWith(ANNOTATION_ID_PREFIX)) {
    try {
      return decodeURIComponent(iri.slice(ANNOTATION_ID_PREFIX.length));
    } catch {
      return iri;
    }
  }
  return iri;
}

function toCandidate(
  annotation: ParsedWebAnnotation,
  at: (string | number)[],
): WebAnnotationCandidate {
  const target = asList(annotation.target).find((candidate) => typeof candidate === 'object');
  if (target === undefined || typeof target === 'string') {
    throw importError('invalid-data', {
      location: describePath([...at, 'target']),
      detail: 'no selectable target',
    });
  }
  const selectors = asList(target.selector);
  const quoteSelector = selectors.find((selector) => selector.type === 'TextQuoteSelector');
  const positionSelector = selectors.find((selector) => selector.type === 'TextPositionSelector');
  const quote: TextQuoteSelector | null = quoteSelector
    ? {
        type: 'TextQuoteSelector',
        exact: quoteSelector.exact,
        prefix: quoteSelector.prefix ?? '',
        suffix: quoteSelector.suffix ?? '',
      }
    : null;
  const position: TextPositionSelector | null =
    positionSelector && positionSelector.end > positionSelector.start
      ? { type: 'TextPositionSelector', start: positionSelector.start, end: positionSelector.end }
      : null;
  if (quote === null && position === null) {
    throw importError('invalid-data', {
      location: describePath([...at, 'target', 'selector']),
      detail: 'needs a TextQuoteSelector or a TextPositionSelector',
    });
  }
  const notes: string[] = [];
  const tags: string[] = [];
  if (annotation.bodyValue !== undefined && annotation.bodyValue.trim() !== '')
    notes.push(annotation.bodyValue);
  for (const body of asList(annotation.body)) {
    if (typeof body === 'string' || body.type !== 'TextualBody') continue;
    const textual = body as { value: string; purpose?: string };
    if (textual.purpose === 'tagging') tags.push(textual.value.trim());
    else if (textual.value.trim() !== '') notes.push(textual.value);
  }
  const color = COLORS.find((name) => name === target.styleClass) ?? null;
  const time = (value: string | undefined) =>
    value !== undefined && ISO_TIME.test(value) ? value : null;
  return {
    id: ourId(annotation.id),
    source: target.source,
    quote,
    position,
    note: notes.join('\n\n').normalize('NFC'),
    tags: unionTags(
      tags.filter((tag) => tag !== '').map((tag) => tag.normalize('NFC')),
      [],
    ),
    color,
    created: time(annotation.created),
    modified: time(annotation.modified) ?? time(annotation.created),
  };
}

/** Validates the whole file and returns what it holds, without touching the archive. */
export function parseWebAnnotations(
  text: string,
  limits?: SafeJsonLimits,
): WebAnnotationCandidate[] {
  const raw = parseJsonSafely(text, limits);
  const items = itemsOf(raw);
  if (items.length === 0) throw importError('no-annotations');
  return items.map(({ item, at }) => {
    const parsed = webAnnotationSchema.safeParse(item);
    if (!parsed.success) throw invalid(parsed.error, at);
    return toCandidate(parsed.data, at);
  });
}

type WriteTx = DerivedRowsTransaction;

/** Places a candidate in the archived text: anchored (fresh selectors) or orphaned (kept as given). */
export function placeCandidate(
  candidate: WebAnnotationCandidate,
  article: ArchivedArticle,
): { selector: [TextQuoteSelector, TextPositionSelector]; orphaned: boolean } | null {
  const text = article.article.text;
  const given = [candidate.quote, candidate.position].filter(
    (selector): selector is TextQuoteSelector | TextPositionSelector => selector !== null,
  );
  const range = anchor(text, given);
  if (range !== null) return { selector: describe(text, range.start, range.end), orphaned: false };
  // Without a quote an orphan could never be shown or re-anchored: there is nothing to keep.
  if (candidate.quote === null) return null;
  return {
    selector: [
      candidate.quote,
      candidate.position ?? { type: 'TextPositionSelector', start: 0, end: 0 },
    ],
    orphaned: true,
  };
}

async function writeCandidates(
  tx: WriteTx,
  candidates: readonly WebAnnotationCandidate[],
  options: WebAnnotationImportOptions,
): Promise<WebAnnotationImportReport> {
  const report: WebAnnotationImportReport = {
    added: 0,
    merged: 0,
    unchanged: 0,
    orphaned: 0,
    unmatched: 0,
    unmatchedSources: [],
  };
  const now = (options.now ?? (() => new Date()))().toISOString();
  const articles = new Map<string, ArchivedArticle | undefined>();
  const annotationsByArticle = new Map<string, Annotation[]>();
  const store = tx.objectStore('annotations');
  for (const [index, candidate] of candidates.entries()) {
    const articleId = articleIdFromUrl(candidate.source);
    if (!articles.has(articleId))
      articles.set(
        articleId,
        fromStoredOrUndefined(await tx.objectStore('articles').get(articleId)),
      );
    const article = articles.get(articleId);
    const placed = article === undefined ? null : placeCandidate(candidate, article);
    if (article === undefined || placed === null) {
      report.unmatched++;
      if (
        report.unmatchedSources.length < 10 &&
        !report.unmatchedSources.includes(candidate.source)
      ) {
        report.unmatchedSources.push(candidate.source);
      }
      options.onProgress?.(index + 1, candidates.length);
      continue;
    }
    if (!annotationsByArticle.has(article.id)) {
      annotationsByArticle.set(article.id, await store.index('articleId').getAll(article.id));
    }
    const existingList = annotationsByArticle.get(article.id)!;
    const [quote, position] = placed.selector;
    // The same highlight under another id (e.g. exported, then edited elsewhere) is merged.
    const existing =
      existingList.find((annotation) => candidate.id !== null && annotation.id === candidate.id) ??
      existingList.find(
        (annotation) =>
          annotation.target.selector[1].start === position.start &&
          annotation.target.selector[1].end === position.end &&
          annotation.target.selector[0].exact === quote.exact,
      );
    const idTakenElsewhere =
      existing === undefined &&
      candidate.id !== null &&
      (await store.get(candidate.id)) !== undefined;
    const incoming: Annotation = {
      id:
        existing?.id ??
        (candidate.id !== null && !idTakenElsewhere
          ? candidate.id
          : globalThis.crypto.randomUUID()),
      articleId: article.id,
      target: {
        source: article.article.canonicalUrl ?? article.article.url ?? candidate.source,
        selector: placed.selector,
      },
      color: candidate.color ?? existing?.color ?? 'yellow',
      note: candidate.note,
      tags: candidate.tags,
      created: candidate.created ?? now,
      modified: candidate.modified ?? now,
      orphaned: placed.orphaned,
    };
    if (placed.orphaned) report.orphaned++;
    if (existing === undefined) {
      await store.put(incoming);
      existingList.push(incoming);
      report.added++;
    } else {
      const outcome = mergeAnnotation(existing, incoming);
      if (outcome.changed) {
        await store.put(outcome.record);
        existingList[existingList.indexOf(existing)] = outcome.record;
      }
      report[outcome.changed ? 'merged' : 'unchanged']++;
    }
    options.onProgress?.(index + 1, candidates.length);
  }
  // The articles' derived rows (search notes and tags, card counts) from their final highlights.
  await writeDerivedRows(
    tx,
    [...annotationsByArticle].flatMap(([articleId, annotations]) => {
      const record = articles.get(articleId);
      return record === undefined ? [] : [{ record, annotations }];
    }),
  );
  return report;
}

/** Imports W3C annotations onto archived articles; a bad file throws `ImportError`, writing nothing. */
export async function importWebAnnotations(
  repository: ArchiveRepository,
  text: string,
  options: WebAnnotationImportOptions = {},
): Promise<WebAnnotationImportReport> {
  const candidates = parseWebAnnotations(text, options.limits);
  const tx = repository.database.transaction(ALL_STORES, 'readwrite');
  const report = await writeInOneTransaction(tx, (transaction) =>
    writeCandidates(transaction, candidates, options),
  );
  repository.listChanged();
  return report;
}
