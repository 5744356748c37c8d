import type { Annotation, ArchivedArticle } from '../types';
import { fileDate, textFile, type ExportFile } from './export-file';
import type { ArchiveSnapshot, ExportOptions } from './snapshot';

/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) as JSON-LD: one
 * `AnnotationCollection` whose first `AnnotationPage` holds every `Annotation`. Targets point at
 * the ORIGINAL article URL with a TextQuoteSelector and a TextPositionSelector over the
 * article's text; the note is a Markdown `TextualBody` (purpose `commenting`), each tag a
 * `TextualBody` with purpose `tagging`; the highlight colour is the target's `styleClass`.
 */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our annotation ids become IRIs under this URN prefix (and back again on import). */
export const ANNOTATION_ID_PREFIX = 'urn:govclip:annotation:';

export interface WebTextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/markdown';
}

export interface WebAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: WebTextualBody[];
  target: {
    source: string;
    styleClass?: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface WebAnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export function annotationIri(id: string): string {
  return `${ANNOTATION_ID_PREFIX}${encodeURIComponent(id)}`;
}

function targetSource(annotation: Annotation, article: ArchivedArticle | undefined): string {
  return article?.article.canonicalUrl ?? article?.article.url ?? annotation.target.source;
}

export function toWebAnnotation(annotation: Annotation, article?: ArchivedArticle): WebAnnotation {
  const [quote, position] = annotation.target.selector;
  const body: WebTextualBody[] = [];
  if (annotation.note.trim() !== '') {
    body.push({
      type: 'TextualBody',
      value: annotation.note.normalize('NFC'),
      format: 'text/markdown',
      purpose: 'commenting',
    });
  }
  for (const tag of annotation.tags) {
    body.push({ type: 'TextualBody', value: tag.normalize('NFC'), purpose: 'tagging' });
  }
  return {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: annotation.note.trim() === '' ? 'highlighting' : 'commenting',
    created: annotation.created,
    modified: annotation.modified,
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: targetSource(annotation, article),
      styleClass: annotation.color,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
        },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
}

export interface WebAnnotationOptions extends ExportOptions {
  now?: Date;
}

export function webAnnotationCollection(
  snapshot: ArchiveSnapshot,
  options: WebAnnotationOptions = {},
): WebAnnotationCollection {
  const articles = new Map(snapshot.articles.map((archived) => [archived.id, archived]));
  const items = snapshot.annotations.map((annotation, index) => {
    options.onProgress?.(index + 1, snapshot.annotations.length);
    return toWebAnnotation(annotation, articles.get(annotation.articleId));
  });
  const stamp = (options.now ?? new Date()).toISOString();
  const id = `urn:govclip:collection:${encodeURIComponent(stamp)}`;
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'GovClip',
    total: items.length,
    first: { id: `${id}:page:0`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function exportWebAnnotations(
  snapshot: ArchiveSnapshot,
  options: WebAnnotationOptions = {},
): ExportFile {
  return textFile(
    `govclip-annotations-${fileDate(options.now ?? new Date())}.jsonld`,
    'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
    JSON.stringify(webAnnotationCollection(snapshot, options), null, 2),
  );
}
