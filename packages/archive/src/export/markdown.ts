import { zipSync, type Zippable } from 'fflate';
import { blockToMarkdown, escapeMarkdown, quoteMarkdownLines, type Reference } from '@govclip/core';
import type { Annotation, ArchivedArticle } from '../types';
import { textFile, type ExportFile } from './export-file';
import { imageExtension, slugify, UniqueNames } from './file-names';
import { frontMatter } from './yaml-scalar';
import {
  annotationsByArticle,
  imageLookup,
  yieldToEventLoop,
  type ArchiveSnapshot,
  type ExportOptions,
} from './snapshot';

/**
 * Markdown export, Obsidian-compatible: YAML front matter (title, url, site, published,
 * author, tags, references), the clean body, the article note, then the highlights as quotes
 * followed by their notes. Several articles, or any article with images, go into one zip with
 * the images under `images/<article>/` referenced by relative path.
 */

/** Section headings: Vietnamese, the users' language. */
export const MARKDOWN_HEADINGS = {
  note: 'Ghi chú',
  highlights: 'Đánh dấu và ghi chú',
  images: 'Hình ảnh',
  tags: 'Thẻ',
  orphaned: 'không còn tìm thấy trong bài',
} as const;

/** Obsidian tags allow letters, digits, `_`, `-` and `/`; anything else (spaces…) becomes `-`. */
export function obsidianTag(tag: string): string {
  return tag
    .normalize('NFC')
    .replace(/^#+/u, '')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** One entry per cited document (grouped by `key`), in order of first citation. */
export function distinctReferences(references: readonly Reference[]): Reference[] {
  const seen = new Set<string>();
  return references.filter((reference) => {
    if (seen.has(reference.key)) return false;
    seen.add(reference.key);
    return true;
  });
}

function highlightMarkdown(annotation: Annotation): string {
  const quote = annotation.target.selector[0];
  const parts = [quoteMarkdownLines(escapeMarkdown(quote.exact))];
  if (annotation.orphaned) parts[0] += `\n>\n> *(${MARKDOWN_HEADINGS.orphaned})*`;
  if (annotation.note.trim() !== '') parts.push(annotation.note.normalize('NFC').trim());
  const tags = annotation.tags.map(obsidianTag).filter((tag) => tag !== '');
  if (tags.length > 0)
    parts.push(`${MARKDOWN_HEADINGS.tags}: ${tags.map((tag) => `#${tag}`).join(' ')}`);
  return parts.join('\n\n');
}

/** Encodes a relative path for a Markdown link (spaces and parentheses would end it early). */
function linkPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export interface ArticleMarkdownInput {
  archived: ArchivedArticle;
  annotations: readonly Annotation[];
  /** Relative path of each stored image by its original `src`; absent images link to the web. */
  imagePaths?: ReadonlyMap<string, string>;
}

/** The Markdown note of one archived article. */
export function articleToMarkdown({
  archived,
  annotations,
  imagePaths,
}: ArticleMarkdownInput): string {
  const { article } = archived;
  const imagePathOf = (src: string) => {
    const local = imagePaths?.get(src);
    return local !== undefined ? linkPath(local) : encodeURI(src);
  };
  const tags = [...new Set(archived.tags.map(obsidianTag).filter((tag) => tag !== ''))];
  const header = frontMatter([
    ['title', article.title],
    ['url', article.canonicalUrl ?? article.url ?? undefined],
    ['site', article.siteName ?? undefined],
    ['published', article.published === null ? undefined : { date: article.published }],
    ['author', article.author ?? undefined],
    ['tags', tags],
    ['references', distinctReferences(article.references).map((reference) => reference.text)],
  ]);
  const sections: string[] = [`# ${escapeMarkdown(article.title)}`];
  if (article.lead !== null && article.lead.trim() !== '')
    sections.push(escapeMarkdown(article.lead));
  const shownImages = new Set<string>();
  for (const block of article.blocks) {
    const markdown = blockToMarkdown(block, imagePathOf);
    if (block.type === 'figure') shownImages.add(block.src);
    if (markdown !== null && markdown !== '') sections.push(markdown);
  }
  const unshown = [...(imagePaths?.keys() ?? [])].filter((src) => !shownImages.has(src));
  if (unshown.length > 0) {
    sections.push(`## ${MARKDOWN_HEADINGS.images}`);
    sections.push(unshown.map((src) => `![](${imagePathOf(src)})`).join('\n\n'));
  }
  if (archived.note.trim() !== '') {
    sections.push(`## ${MARKDOWN_HEADINGS.note}`, archived.note.normalize('NFC').trim());
  }
  if (annotations.length > 0) {
    sections.push(`## ${MARKDOWN_HEADINGS.highlights}`);
    sections.push(annotations.map(highlightMarkdown).join('\n\n---\n\n'));
  }
  return `${header}\n${sections.join('\n\n')}\n`;
}

export interface MarkdownExportOptions extends ExportOptions {
  /** Base name of the zip (without `.zip`), e.g. `govclip-2026-11-28`. */
  zipName?: string;
}

/**
 * Markdown export of a snapshot: a single `.md` for one article without stored images,
 * otherwise one `.zip` holding one `.md` per article and its images.
 */
export async function exportMarkdown(
  snapshot: ArchiveSnapshot,
  options: MarkdownExportOptions = {},
): Promise<ExportFile> {
  const lookup = imageLookup(snapshot);
  const groups = annotationsByArticle(snapshot.annotations);
  const names = new UniqueNames();
  const files: Zippable = {};
  const total = snapshot.articles.length;
  let single: ExportFile | null = null;
  let hasImages = false;
  for (const [index, archived] of snapshot.articles.entries()) {
    const slug = names.take(slugify(archived.article.title, archived.id.slice(0, 16)));
    const imagePaths = new Map<string, string>();
    const imageFiles: Array<[string, Blob]> = [];
    archived.imageKeys.forEach((key, imageIndex) => {
      const blob = lookup(key);
      const src = archived.article.images[imageIndex]?.src;
      if (blob === undefined || src === undefined || imagePaths.has(src)) return;
      const path = `images/${slug}/${imageIndex + 1}.${imageExtension(blob.type, src)}`;
      imagePaths.set(src, path);
      imageFiles.push([path, blob]);
    });
    for (const [path, blob] of imageFiles) {
      // Images are already compressed: storing them as they are saves the deflate time.
      files[path] = [new Uint8Array(await blob.arrayBuffer()), { level: 0 }];
      hasImages = true;
    }
    const markdown = articleToMarkdown({
      archived,
      annotations: groups.get(archived.id) ?? [],
      imagePaths,
    });
    single = textFile(`${slug}.md`, 'text/markdown;charset=utf-8', markdown);
    files[single.fileName] = single.bytes;
    options.onProgress?.(index + 1, total);
    if (index % 50 === 49) await yieldToEventLoop();
  }
  if (total === 1 && !hasImages && single !== null) return single;
  const zipName = options.zipName ?? 'govclip-markdown';
  return {
    fileName: `${zipName}.zip`,
    mimeType: 'application/zip',
    bytes: zipSync(files, { level: 6 }),
  };
}
