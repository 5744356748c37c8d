import {
  articleHtml,
  findReferences,
  layoutArticleText,
  type Article,
  type Block,
  type Reference,
} from '@govclip/core';
import {
  ARCHIVE_DB_VERSION,
  articleIdOf,
  describe,
  type Annotation,
  type ArchiveRepository,
  type ArchivedArticle,
  type DeletedArticle,
  type HighlightColor,
  type StoredImage,
} from '@govclip/archive';

/**
 * THE generator of realistic archives, for the benches (archive, export) and the archive tests
 * (round trips, merges, imports). Each article mixes paragraphs of several seed articles (the
 * corpus articles in the benches, `TEMPLATE_SEEDS` in the tests), swaps about one word in ten
 * for another word of the seeds, adds reference sentences (references found by the real
 * scanner, so their offsets are right), headings, lists, tables, quotes and figures, to a text
 * of 5–15 KB (configurable); highlights with Markdown notes and tags, image blobs. Pure and
 * seeded (the same index always gives the same article), so it runs in the bench pages in
 * Chromium and in Node alike, and two runs measure the same data.
 *
 *   const generated = generateArchive({ articles: 500, seed: 7 });       // tests
 *   await seedArchive(await openArchive(), generated);
 *   const snapshot = generateSnapshot(new ArticleGenerator(corpusSeeds()), { … }); // benches
 *
 * Test and bench data, so it lives beside the benches, not in the shipped library.
 */
export interface SeedArticle {
  title: string;
  lead: string | null;
  paragraphs: string[];
  author: string | null;
}

export interface GenerateOptions {
  /** Fills `article.references` (default: the real scanner, `findReferences`). */
  findReferences?: (text: string) => Reference[];
  /** Varies every article's content: two seeds give two different archives. Default 0. */
  seed?: number;
  /** UTF-8 bytes of text per article, [min, max) (default [5,000, 15,000]). */
  textBytes?: readonly [number, number];
}

/** One generated article with what a user adds to it (images, highlights, tags, note). */
export interface GeneratedArticle {
  article: Article;
  images: Array<{ src: string; blob: Blob }>;
  tags: string[];
  note: string;
  read: boolean;
  highlights: GeneratedHighlight[];
}

export interface GeneratedHighlight {
  start: number;
  end: number;
  color: HighlightColor;
  note: string;
  tags: string[];
}

export interface ExtrasOptions {
  /** Images (figures) per article (default: 0–2, varying). */
  imagesPerArticle?: number;
  /** A blob for every figure (default true); false leaves the images to be fetched. */
  imageBlobs?: boolean;
  /** Highlights per article (default 3). */
  highlightsPerArticle?: number;
  /** Bytes per image blob (default 2,048). */
  imageBytes?: number;
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

/** Tags with characters that exports must escape (YAML `:`/`#`, Markdown). */
const TAGS = [
  'quan trọng',
  'cần theo dõi',
  'cần xem lại',
  'họp',
  'báo cáo',
  '#chuyển-đổi-số',
  'tài liệu: tham khảo',
];
const COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

/**
 * Small built-in seed articles (no corpus needed): what the archive tests generate from.
 * Paragraphs carry document references, quotes, percentages and list-like sentences.
 */
export const TEMPLATE_SEEDS: readonly SeedArticle[] = (() => {
  const topics = [
    'chuyển đổi số',
    'cải cách hành chính',
    'phòng, chống tham nhũng',
    'xây dựng nông thôn mới',
    'phát triển kinh tế - xã hội',
    'bảo vệ môi trường',
    'công tác cán bộ',
    'an sinh xã hội',
  ];
  const places = ['Hà Nội', 'Đà Nẵng', 'Thừa Thiên Huế', 'Cần Thơ', 'Quảng Ninh', 'Đắk Lắk'];
  const bodies = ['Tỉnh ủy', 'UBND tỉnh', 'HĐND tỉnh', 'Ban Thường vụ Thành ủy', 'Sở Nội vụ'];
  const sentences = [
    'Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ năm qua và đề ra phương hướng cho thời gian tới.',
    'Các đại biểu thống nhất cao với nội dung báo cáo; đồng thời đề nghị làm rõ một số chỉ tiêu.',
    'Đồng chí Bí thư nhấn mạnh: "Phải làm đến đâu chắc đến đó, không chạy theo thành tích".',
    'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%; 100% thủ tục được công khai trên Cổng dịch vụ công.',
    'Kết luận hội nghị, đồng chí Chủ tịch yêu cầu các sở, ngành tập trung tháo gỡ khó khăn, vướng mắc.',
    'Nhiều mô hình hay, cách làm sáng tạo đã được nhân rộng; đời sống Nhân dân tiếp tục được cải thiện.',
  ];
  return topics.map((topic, index) => {
    const place = places[index % places.length]!;
    const body = bodies[index % bodies.length]!;
    return {
      title: `Hội nghị về ${topic} tại ${place} - "giai đoạn ${2021 + (index % 5)}"`,
      lead: `(${place}) - Ngày ${1 + index}/${1 + index}, ${body} tổ chức hội nghị về ${topic}.`,
      paragraphs: [
        `Thực hiện Nghị quyết số ${10 + index}-NQ/TU của Tỉnh ủy và Quyết định số ${100 + index}/${2020 + (index % 5)}/QĐ-UBND, ${body} đã triển khai nhiều giải pháp về ${topic}.`,
        ...sentences.map((_, offset) => sentences[(index + offset) % sentences.length]!),
      ],
      author: index % 4 === 0 ? null : 'Nguyễn Thị Hồng Nhung',
    };
  });
})();

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
  readonly #seed: number;
  readonly #textBytes: readonly [number, number];

  constructor(seeds: readonly SeedArticle[], options: GenerateOptions = {}) {
    if (seeds.length === 0) throw new Error('ArticleGenerator needs at least one seed article');
    this.#seeds = seeds;
    this.#vocabulary = vocabularyOf(seeds);
    this.#findReferences = options.findReferences ?? findReferences;
    this.#seed = options.seed ?? 0;
    this.#textBytes = options.textBytes ?? [5_000, 15_000];
  }

  /** A random stream per article and purpose: any article can be generated alone. */
  #random(index: number, purpose: number): () => number {
    return seededRandom((index + this.#seed * 1_000_003) * purpose + 17);
  }

  /** The article of `index`; `figures` overrides its number of images (default 0–2). */
  article(index: number, figures?: number): Article {
    const random = this.#random(index, 7919);
    const seed = this.#seeds[index % this.#seeds.length]!;
    const [minBytes, maxBytes] = this.#textBytes;
    const targetBytes = minBytes + Math.floor(random() * (maxBytes - minBytes));
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
      const extra = random();
      if (extra < 0.03) {
        blocks.push({
          type: 'list',
          ordered: extra < 0.015,
          items: ['Tăng cường kỷ luật, kỷ cương', 'Đẩy mạnh ứng dụng CNTT'],
        });
      } else if (extra < 0.05) {
        blocks.push({
          type: 'table',
          rows: [
            ['Chỉ tiêu', 'Kết quả'],
            ['Hồ sơ đúng hạn', `${90 + (index % 10)}%`],
          ],
        });
      } else if (extra < 0.06) {
        blocks.push({
          type: 'quote',
          text: 'Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng.',
        });
      }
    }
    const randomFigures = Math.floor(random() * 3);
    const images = Array.from({ length: figures ?? randomFigures }, (_, imageIndex) => ({
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
      // As the extractor writes it (`finishArticle`): the same definition from lead and blocks.
      html: articleHtml(lead, blocks),
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

  /** Highlights over an article's text: colours, Markdown notes (60 %), tags (40 %). */
  highlights(index: number, article: Article, count: number): GeneratedHighlight[] {
    const random = this.#random(index, 104729);
    const text = article.text;
    const highlights: GeneratedHighlight[] = [];
    for (let n = 0; n < count; n++) {
      const start = Math.floor(random() * Math.max(1, text.length - 200));
      const end = Math.min(text.length, start + 20 + Math.floor(random() * 150));
      const withNote = random() < 0.6;
      highlights.push({
        start,
        end,
        color: pick(random, COLORS),
        note: withNote
          ? `Ghi chú **${n + 1}**: cần đối chiếu với văn bản gốc; xem thêm mục ${index}.${n % 2 === 0 ? '\n- ý "quan trọng"' : ''}`
          : '',
        tags: random() < 0.4 ? [...new Set([pick(random, TAGS), pick(random, TAGS)])] : [],
      });
    }
    return highlights.filter((highlight) => highlight.end > highlight.start);
  }

  /** The highlights of `highlights()` as the archive stores them. */
  annotations(articleId: string, article: Article, count: number, index: number): Annotation[] {
    const created = savedAtOf(index);
    return this.highlights(index, article, count).map((highlight, n) =>
      annotationOf(articleId, article, highlight, n, created),
    );
  }

  /** A stored record as the repository keeps it (for exporters, which read plain data). */
  archived(id: string, article: Article, index: number): ArchivedArticle {
    const extras = this.#extras(index, article);
    return recordOf(id, article, savedAtOf(index), extras, []);
  }

  #extras(index: number, article: Article): Pick<GeneratedArticle, 'tags' | 'note' | 'read'> {
    const random = this.#random(index, 7727);
    return {
      tags: [...new Set([...article.tags, pick(random, TAGS)])],
      note: index % 5 === 0 ? 'Bài cần chuyển cho phòng Tổng hợp: "điểm 3".' : '',
      read: index % 3 === 0,
    };
  }

  /**
   * An article with what a user adds to it: image blobs for its figures (random bytes, as
   * compressed images are), highlights, tags, a note, the read flag.
   */
  generated(index: number, options: ExtrasOptions = {}): GeneratedArticle {
    const article = this.article(index, options.imagesPerArticle);
    const random = this.#random(index, 6007);
    const blobCount = options.imageBlobs === false ? 0 : article.images.length;
    const images = Array.from({ length: blobCount }, (_, imageIndex) => {
      const bytes = new Uint8Array(options.imageBytes ?? 2048);
      for (let byte = 0; byte < bytes.length; byte++) bytes[byte] = Math.floor(random() * 256);
      return {
        src: article.images[imageIndex]!.src,
        blob: new Blob([bytes], { type: 'image/jpeg' }),
      };
    });
    return {
      article,
      images,
      ...this.#extras(index, article),
      highlights: this.highlights(index, article, options.highlightsPerArticle ?? 3),
    };
  }
}

const EPOCH = Date.UTC(2025, 0, 1);

/** Articles saved a minute apart from `start`. */
function savedAtOf(index: number, start: number = EPOCH): string {
  return new Date(start + index * 60_000).toISOString();
}

/**
 * Deterministic UUID-shaped ids from the article id, so a generated archive is the same on
 * every run and the same highlight has the same id in any slice of it.
 */
function generatedId(articleId: string, highlightIndex: number): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < articleId.length; i++)
    hash = Math.imul(hash ^ articleId.charCodeAt(i), 0x01000193) >>> 0;
  const hex = `${hash.toString(16).padStart(8, '0')}${highlightIndex.toString(16).padStart(4, '0')}`;
  return `00000000-0000-4000-8000-${hex}`;
}

function annotationOf(
  articleId: string,
  article: Article,
  highlight: GeneratedHighlight,
  n: number,
  created: string,
): Annotation {
  return {
    id: generatedId(articleId, n),
    articleId,
    target: {
      source: article.canonicalUrl ?? article.url ?? articleId,
      selector: describe(article.text, highlight.start, highlight.end),
    },
    color: highlight.color,
    note: highlight.note,
    tags: highlight.tags,
    created,
    modified: created,
    orphaned: false,
  };
}

function recordOf(
  id: string,
  article: Article,
  savedAt: string,
  extras: Pick<GeneratedArticle, 'tags' | 'note' | 'read'>,
  imageKeys: string[],
): ArchivedArticle {
  return {
    id,
    article,
    savedAt,
    updatedAt: savedAt,
    versions: [],
    tags: extras.tags,
    note: extras.note,
    read: extras.read,
    imageKeys,
    failedImages: [],
  };
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

export interface ArchiveOptions extends ExtrasOptions {
  articles: number;
  /** Varies the content (default 1). */
  seed?: number;
  /** Seed articles (default `TEMPLATE_SEEDS`). */
  seeds?: readonly SeedArticle[];
  /** UTF-8 bytes of text per article, [min, max) (default [300, 1,500]: quick tests). */
  textBytes?: readonly [number, number];
}

/** A small generated archive for tests (see the module comment). */
export function generateArchive(options: ArchiveOptions): GeneratedArticle[] {
  const generator = new ArticleGenerator(options.seeds ?? TEMPLATE_SEEDS, {
    seed: options.seed ?? 1,
    textBytes: options.textBytes ?? [300, 1_500],
  });
  return Array.from({ length: options.articles }, (_, index) =>
    generator.generated(index, options),
  );
}

/**
 * The stored records of generated articles, as the archive would hold them after the user
 * saved, tagged, annotated and highlighted each one (timestamps a minute apart from `start`).
 */
export function generatedRecords(
  generated: readonly GeneratedArticle[],
  start: Date = new Date(EPOCH),
): DeletedArticle[] {
  return generated.map((item, index) => {
    const id = articleIdOf(item.article);
    const savedAt = savedAtOf(index, start.getTime());
    const images: StoredImage[] = item.images.map((image, n) => ({
      key: `${id}#${n}`,
      articleId: id,
      src: image.src,
      blob: image.blob,
    }));
    const record = recordOf(
      id,
      item.article,
      savedAt,
      item,
      images.map((image) => image.key),
    );
    const annotations = item.highlights.map((highlight, n) =>
      annotationOf(id, item.article, highlight, n, savedAt),
    );
    return { record, images, annotations };
  });
}

/**
 * Writes generated articles through the archive's public API (`restoreArticle`: one
 * transaction per article writing the record, its blobs, highlights and index rows, exactly as
 * the repository builds them).
 */
export async function seedArchive(
  repository: ArchiveRepository,
  generated: readonly GeneratedArticle[],
  options: { start?: Date; onProgress?: (done: number, total: number) => void } = {},
): Promise<void> {
  const records = generatedRecords(generated, options.start);
  for (const [index, deleted] of records.entries()) {
    await repository.restoreArticle(deleted);
    options.onProgress?.(index + 1, records.length);
  }
}

export interface SnapshotOptions {
  articles: number;
  annotationsPerArticle: number;
  /** Adds a 20–60 KB blob for every image of every article. */
  withImages: boolean;
}

/** An archive as plain data (the exporters' input): records, highlights and image blobs. */
export function generateSnapshot(generator: ArticleGenerator, options: SnapshotOptions) {
  const generated = Array.from({ length: options.articles }, (_, index) =>
    generator.generated(index, {
      highlightsPerArticle: options.annotationsPerArticle,
      imageBlobs: options.withImages,
      imageBytes: options.withImages ? 20_000 + ((index * 7919) % 40_000) : undefined,
    }),
  );
  const records = generatedRecords(generated);
  return {
    articles: records.map((item) => item.record),
    annotations: records.flatMap((item) => item.annotations),
    images: records.flatMap((item) => item.images),
    schemaVersion: ARCHIVE_DB_VERSION,
  };
}
