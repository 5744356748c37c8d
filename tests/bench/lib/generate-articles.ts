import { layoutArticleText, type Article, type Block, type Reference } from '@govclip/core';
import {
  ARCHIVE_DB_VERSION,
  articleIdFromUrl,
  type Annotation,
  type ArchivedArticle,
  type HighlightColor,
  type StoredImage,
} from '@govclip/archive';

/**
 * Realistic archive content for the archive and export benches, generated from the corpus
 * articles: each generated article mixes paragraphs of several corpus articles, swaps about one
 * word in ten for another word of the corpus, and adds reference sentences and dates, to a
 * text of 5–15 KB. Pure and seeded (the same index always gives the same article), so it runs
 * in the bench page in Chromium and in Node alike, and two runs measure the same data.
 */
export interface SeedArticle {
  title: string;
  lead: string | null;
  paragraphs: string[];
  author: string | null;
}

export interface GenerateOptions {
  /** Fills `article.references`; the real scanner when it has landed. */
  findReferences?: (text: string) => Reference[];
}

/** mulberry32: small, fast, good enough to vary test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const SITES = Array.from({ length: 40 }, (_, index) => {
  const places = [
    'binhnguyen',
    'haphong',
    'tayLinh',
    'namlinh',
    'sonthuy',
    'quanghoa',
    'tankhe',
    'phuoclam',
    'donglac',
    'krongsa',
  ];
  const kinds = ['huyenuy', 'ubnd', 'sotuphap', 'baodientu'];
  return `${kinds[index % kinds.length]}${places[index % places.length]!.toLowerCase()}.gov.vn`;
});

const REFERENCE_TEMPLATES: readonly ((random: () => number) => string)[] = [
  (r) =>
    `Nghị quyết số ${1 + Math.floor(r() * 60)}-NQ/TU ngày ${1 + Math.floor(r() * 28)}/${1 + Math.floor(r() * 12)}/${2015 + Math.floor(r() * 10)} của Ban Thường vụ Tỉnh ủy`,
  (r) => `Chỉ thị số ${String(1 + Math.floor(r() * 40)).padStart(2, '0')}-CT/TW của Ban Bí thư`,
  (r) =>
    `Kế hoạch số ${100 + Math.floor(r() * 900)}/KH-UBND ngày ${1 + Math.floor(r() * 28)}/${1 + Math.floor(r() * 12)}/${2020 + Math.floor(r() * 5)} của UBND tỉnh`,
  (r) =>
    `Nghị định số ${10 + Math.floor(r() * 180)}/${2016 + Math.floor(r() * 9)}/NĐ-CP của Chính phủ`,
  (r) => `Quyết định số ${1000 + Math.floor(r() * 3000)}/QĐ-UBND`,
  (r) => `Kết luận số ${1 + Math.floor(r() * 200)}-KL/TW của Bộ Chính trị`,
  (r) => `Thông tư số ${1 + Math.floor(r() * 40)}/${2018 + Math.floor(r() * 7)}/TT-BNV`,
  () => 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương (khóa XII)',
  () => 'Luật Đất đai năm 2024',
];

const REFERENCE_SENTENCES: readonly ((reference: string) => string)[] = [
  (ref) =>
    `Thực hiện ${ref}, các cơ quan, đơn vị đã xây dựng kế hoạch cụ thể và tổ chức quán triệt đến toàn thể cán bộ, đảng viên.`,
  (ref) =>
    `Hội nghị đã đánh giá kết quả sau ba năm triển khai ${ref} và đề ra nhiệm vụ, giải pháp trọng tâm trong thời gian tới.`,
  (ref) =>
    `Căn cứ ${ref}, Ủy ban nhân dân huyện yêu cầu các phòng, ban chuyên môn khẩn trương hoàn thành các chỉ tiêu được giao.`,
];

function vocabularyOf(seeds: readonly SeedArticle[]): string[] {
  const words = new Set<string>();
  for (const seed of seeds) {
    for (const paragraph of seed.paragraphs) {
      for (const word of paragraph.split(/\s+/u)) {
        if (/^\p{Ll}{2,}$/u.test(word)) words.add(word);
      }
    }
  }
  return [...words];
}

function perturb(text: string, random: () => number, vocabulary: readonly string[]): string {
  return text
    .split(' ')
    .map((word) => {
      if (/^\d+$/u.test(word) && random() < 0.5) return String(1 + Math.floor(random() * 99));
      if (/^\p{Ll}{2,}$/u.test(word) && random() < 0.1) return pick(random, vocabulary);
      return word;
    })
    .join(' ');
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export class ArticleGenerator {
  readonly #seeds: readonly SeedArticle[];
  readonly #vocabulary: string[];
  readonly #findReferences: (text: string) => Reference[];

  constructor(seeds: readonly SeedArticle[], options: GenerateOptions = {}) {
    if (seeds.length === 0) throw new Error('ArticleGenerator needs at least one seed article');
    this.#seeds = seeds;
    this.#vocabulary = vocabularyOf(seeds);
    this.#findReferences = options.findReferences ?? (() => []);
  }

  article(index: number): Article {
    const random = seededRandom(index * 7919 + 17);
    const seed = this.#seeds[index % this.#seeds.length]!;
    const targetBytes = 5_000 + Math.floor(random() * 10_000);
    const site = pick(random, SITES);
    const lead = seed.lead ? perturb(seed.lead, random, this.#vocabulary) : null;
    const blocks: Block[] = [];
    let bytes = utf8Length(lead ?? '');
    let source = seed;
    let paragraphIndex = 0;
    while (bytes < targetBytes) {
      if (paragraphIndex >= source.paragraphs.length) {
        source = pick(random, this.#seeds);
        paragraphIndex = 0;
        continue;
      }
      let text = perturb(source.paragraphs[paragraphIndex++]!, random, this.#vocabulary);
      if (random() < 0.3)
        text += ` ${pick(random, REFERENCE_SENTENCES)(pick(random, REFERENCE_TEMPLATES)(random))}`;
      if (random() < 0.08) {
        blocks.push({
          type: 'heading',
          level: 2,
          text: perturb(pick(random, this.#seeds).title, random, this.#vocabulary),
        });
      }
      blocks.push({ type: 'paragraph', text, html: escapeHtml(text) });
      bytes += utf8Length(text) + 2;
    }
    const imageCount = Math.floor(random() * 3);
    const images = Array.from({ length: imageCount }, (_, imageIndex) => ({
      src: `https://${site}/uploads/news/${2019 + (index % 7)}/${index}-${imageIndex}.jpg`,
      caption: random() < 0.5 ? `Ảnh minh họa ${imageIndex + 1}` : null,
      alt: null,
    }));
    blocks.splice(1, 0, ...images.map((image) => ({ type: 'figure' as const, ...image })));
    const { text } = layoutArticleText(lead, blocks);
    const year = 2019 + Math.floor(random() * 7);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const two = (value: number) => String(value).padStart(2, '0');
    const url = `https://${site}/tin-tuc/bai-viet-${index}.html`;
    return {
      url,
      canonicalUrl: url,
      siteName: site,
      cms: 'nukeviet',
      title: `${perturb(seed.title, random, this.#vocabulary)} (${index})`,
      published: `${year}-${two(month)}-${two(day)}T${two(7 + Math.floor(random() * 12))}:${two(Math.floor(random() * 60))}+07:00`,
      modified: null,
      author: seed.author,
      source: null,
      lead,
      blocks,
      html: [lead, ...blocks.map((block) => (block.type === 'paragraph' ? block.html : ''))]
        .filter(Boolean)
        .map((part) => `<p>${part}</p>`)
        .join(''),
      text,
      images,
      attachments: [],
      tags:
        random() < 0.3
          ? [pick(random, ['chuyển đổi số', 'xây dựng Đảng', 'cải cách hành chính'])]
          : [],
      lang: 'vi',
      references: this.#findReferences(text),
      removed: [],
    };
  }

  /** Highlights with notes over an article's text, as the archive stores them. */
  annotations(articleId: string, article: Article, count: number, index: number): Annotation[] {
    const random = seededRandom(index * 104729 + 3);
    const colors: HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
    const text = article.text;
    return Array.from({ length: count }, (_, annotationIndex) => {
      const start = Math.floor(random() * Math.max(1, text.length - 200));
      const end = Math.min(text.length, start + 20 + Math.floor(random() * 150));
      const created = new Date(
        Date.UTC(2025, 0, 1 + (index % 300), 8, annotationIndex),
      ).toISOString();
      return {
        id: `bench-${index}-${annotationIndex}`,
        articleId,
        target: {
          source: article.url ?? '',
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: text.slice(start, end),
              prefix: text.slice(Math.max(0, start - 32), start),
              suffix: text.slice(end, end + 32),
            },
            { type: 'TextPositionSelector', start, end },
          ],
        },
        color: pick(random, colors),
        note:
          random() < 0.6
            ? `Ghi chú **${annotationIndex + 1}**: cần đối chiếu với văn bản gốc; xem thêm mục ${index}.`
            : '',
        tags: random() < 0.4 ? ['cần xem lại'] : [],
        created,
        modified: created,
        orphaned: false,
      };
    });
  }

  /** A stored record as the repository keeps it (for exporters, which read plain data). */
  archived(id: string, article: Article, index: number): ArchivedArticle {
    const savedAt = new Date(Date.UTC(2025, 0, 1, 0, 0, index)).toISOString();
    return {
      id,
      article,
      savedAt,
      updatedAt: savedAt,
      versions: [],
      tags: article.tags,
      note: index % 5 === 0 ? 'Bài cần chuyển cho phòng Tổng hợp.' : '',
      read: index % 3 === 0,
      imageKeys: [],
    };
  }
}

/** Realistic search queries over that content: with and without diacritics, words, codes, prefixes. */
export const SEARCH_QUERIES: readonly { query: string; diacritics: boolean }[] = [
  { query: 'nghị quyết 18', diacritics: true },
  { query: 'nghi quyet 18', diacritics: false },
  { query: 'chuyển đổi số', diacritics: true },
  { query: 'chuyen doi so', diacritics: false },
  { query: 'cải cách hành chính', diacritics: true },
  { query: 'cai cach hanh chinh', diacritics: false },
  { query: 'Ban Thường vụ Tỉnh ủy', diacritics: true },
  { query: 'ban thuong vu tinh uy', diacritics: false },
  { query: 'kế hoạch UBND', diacritics: true },
  { query: 'ke hoach ubnd', diacritics: false },
  { query: 'đảng viên', diacritics: true },
  { query: 'dang vien', diacritics: false },
  { query: 'dân vận khéo', diacritics: true },
  { query: 'dan van kheo', diacritics: false },
  { query: 'nông thôn mới', diacritics: true },
  { query: 'nong thon moi', diacritics: false },
  { query: '18-NQ/TW', diacritics: false },
  { query: 'hội ngh', diacritics: true },
  { query: 'hoi ngh', diacritics: false },
  { query: 'thanh niên tình nguyện', diacritics: true },
];

export interface SnapshotOptions {
  articles: number;
  annotationsPerArticle: number;
  /** Adds a 20–60 KB blob for every image of every article. */
  withImages: boolean;
}

/** An archive as plain data (the exporters' input): records, highlights and image blobs. */
export function generateSnapshot(generator: ArticleGenerator, options: SnapshotOptions) {
  const articles: ArchivedArticle[] = [];
  const annotations: Annotation[] = [];
  const images: StoredImage[] = [];
  for (let index = 0; index < options.articles; index++) {
    const article = generator.article(index);
    const id = articleIdFromUrl(article.canonicalUrl ?? article.url ?? `bench-${index}`);
    const record = generator.archived(id, article, index);
    if (options.withImages) {
      record.imageKeys = article.images.map((_, imageIndex) => `${id}#${imageIndex}`);
      article.images.forEach((image, imageIndex) => {
        const bytes = new Uint8Array(20_000 + ((index * 7919) % 40_000));
        for (let byte = 0; byte < bytes.length; byte++) bytes[byte] = (byte * 31 + index) & 0xff;
        images.push({
          key: `${id}#${imageIndex}`,
          articleId: id,
          src: image.src,
          blob: new Blob([bytes], { type: 'image/jpeg' }),
        });
      });
    }
    articles.push(record);
    annotations.push(...generator.annotations(id, article, options.annotationsPerArticle, index));
  }
  return { articles, annotations, images, schemaVersion: ARCHIVE_DB_VERSION };
}
