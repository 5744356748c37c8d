import { Blob as NodeBlob } from 'node:buffer';
import {
  articleHtml,
  layoutArticleText,
  type Article,
  type Block,
  type Reference,
} from '@govclip/core';

/**
 * Test data for the archive. happy-dom's Blob does not survive fake-indexeddb's structured
 * clone; Node's does (as a real browser's Blob does in IndexedDB), so tests store Node blobs.
 */
export function imageBlob(bytes: string, type = 'image/jpeg'): Blob {
  return new NodeBlob([bytes], { type }) as unknown as Blob;
}

export interface ArticleSpec {
  url?: string | null;
  title: string;
  lead?: string | null;
  paragraphs: string[];
  siteName?: string | null;
  published?: string | null;
  images?: string[];
  /** Reference mentions to locate in the text: [written form, key]. */
  references?: [string, string][];
}

/** Builds an Article the way the extractor does: text laid out from lead and blocks. */
export function makeArticle(spec: ArticleSpec): Article {
  const blocks: Block[] = spec.paragraphs.map((text) => ({ type: 'paragraph', text, html: text }));
  for (const src of spec.images ?? [])
    blocks.push({ type: 'figure', src, caption: null, alt: null });
  const { text } = layoutArticleText(spec.lead ?? null, blocks);
  const references: Reference[] = (spec.references ?? []).map(([written, key]) => {
    const start = text.indexOf(written);
    if (start < 0) throw new Error(`test data: "${written}" is not in the text`);
    return {
      text: written,
      start,
      end: start + written.length,
      kind: 'party',
      type: written.split(/\s\d/u)[0] ?? written,
      number: null,
      code: null,
      issuer: null,
      year: null,
      date: null,
      issuingBody: null,
      term: null,
      title: null,
      form: 'short',
      key,
    };
  });
  const url =
    spec.url === undefined
      ? `https://portal.example.vn/tin-tuc/${slug(spec.title)}.html`
      : spec.url;
  return {
    url,
    canonicalUrl: url,
    siteName:
      spec.siteName === undefined ? 'Cổng thông tin điện tử tỉnh Bình Nguyên' : spec.siteName,
    cms: 'nukeviet',
    title: spec.title,
    published: spec.published === undefined ? '2024-05-20T16:45+07:00' : spec.published,
    modified: null,
    author: null,
    source: null,
    lead: spec.lead ?? null,
    blocks,
    html: articleHtml(spec.lead ?? null, blocks),
    text,
    images: (spec.images ?? []).map((src) => ({ src, caption: null, alt: null })),
    attachments: [],
    tags: [],
    lang: 'vi',
    references,
    removed: [],
  };
}

function slug(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

/** A fixed clock that advances one second per call, so savedAt orders are deterministic. */
export function steppingClock(startIso = '2026-01-01T00:00:00.000Z'): () => Date {
  let time = Date.parse(startIso);
  return () => {
    const now = new Date(time);
    time += 1000;
    return now;
  };
}
