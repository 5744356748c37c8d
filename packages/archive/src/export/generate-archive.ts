import { layoutArticleText, type Article, type Block, type Reference } from '@govclip/core';
import { describe } from '../anchoring';
import { articleIdOf } from '../ids';
import type { ArchiveRepository, DeletedArticle } from '../repository';
import type { Annotation, ArchivedArticle, HighlightColor, StoredImage } from '../types';

/**
 * A deterministic generator of realistic archives (Vietnamese titles and text, document
 * references with correct offsets, image blobs, highlights with Markdown notes and tags), for
 * round-trip tests and the export/restore benchmarks. Same seed → same archive.
 *
 *   const generated = generateArchive({ articles: 1000, seed: 7 });
 *   await seedArchive(await openArchive(), generated);   // or generatedRecords(generated)
 */
export interface GenerateOptions {
  articles: number;
  seed?: number;
  /** Images per article (default: 0–2, varying). */
  imagesPerArticle?: number;
  /** Highlights per article (default 3). */
  highlightsPerArticle?: number;
  /** Bytes per image blob (default 2,048). */
  imageBytes?: number;
}

export interface GeneratedHighlight {
  start: number;
  end: number;
  color: HighlightColor;
  note: string;
  tags: string[];
}

export interface GeneratedArticle {
  article: Article;
  images: Array<{ src: string; blob: Blob }>;
  tags: string[];
  note: string;
  read: boolean;
  highlights: GeneratedHighlight[];
}

/** mulberry32: a tiny, good-enough seeded PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'chuyển đổi số',
  'cải cách hành chính',
  'phòng, chống tham nhũng',
  'xây dựng nông thôn mới',
  'phát triển kinh tế - xã hội',
  'bảo vệ môi trường',
  'công tác cán bộ',
  'an sinh xã hội',
];
const PLACES = [
  'Hà Nội',
  'Đà Nẵng',
  'Thừa Thiên Huế',
  'Cần Thơ',
  'Quảng Ninh',
  'Đắk Lắk',
  'Bà Rịa - Vũng Tàu',
];
const BODIES = ['Tỉnh ủy', 'UBND tỉnh', 'HĐND tỉnh', 'Ban Thường vụ Thành ủy', 'Sở Nội vụ'];
const SENTENCES = [
  'Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ năm qua và đề ra phương hướng cho thời gian tới.',
  'Các đại biểu thống nhất cao với nội dung báo cáo; đồng thời đề nghị làm rõ một số chỉ tiêu.',
  'Đồng chí Bí thư nhấn mạnh: "Phải làm đến đâu chắc đến đó, không chạy theo thành tích".',
  'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%; 100% thủ tục được công khai trên Cổng dịch vụ công.',
  'Kết luận hội nghị, đồng chí Chủ tịch yêu cầu các sở, ngành tập trung tháo gỡ khó khăn, vướng mắc.',
  'Nhiều mô hình hay, cách làm sáng tạo đã được nhân rộng; đời sống Nhân dân tiếp tục được cải thiện.',
];
const TAGS = [
  'quan trọng',
  'cần theo dõi',
  'họp',
  'báo cáo',
  '#chuyển-đổi-số',
  'tài liệu: tham khảo',
];
const COLORS: HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function referenceFor(
  next: () => number,
  index: number,
): { text: string; reference: Omit<Reference, 'start' | 'end' | 'text'> } {
  const number = String(1 + Math.floor(next() * 60)).padStart(2, '0');
  if (next() < 0.5) {
    return {
      text: `Nghị quyết số ${number}-NQ/TU`,
      reference: {
        kind: 'party',
        type: 'Nghị quyết',
        number,
        code: 'NQ',
        issuer: 'TU',
        year: 2020 + (index % 5),
        date: null,
        issuingBody: 'Tỉnh ủy',
        term: null,
        title: null,
        form: 'full',
        key: `party:nq:${number}:tu`,
      },
    };
  }
  const year = 2015 + Math.floor(next() * 10);
  return {
    text: `Quyết định số ${number}/${year}/QĐ-UBND`,
    reference: {
      kind: 'state',
      type: 'Quyết định',
      number,
      code: 'QĐ',
      issuer: 'UBND',
      year,
      date: `${year}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
      issuingBody: 'UBND tỉnh',
      term: null,
      title: 'về việc ban hành Quy chế làm việc',
      form: 'full',
      key: `state:qd:${number}/${year}:ubnd`,
    },
  };
}

function generateOne(
  next: () => number,
  index: number,
  options: GenerateOptions,
): GeneratedArticle {
  const topic = pick(next, TOPICS);
  const place = pick(next, PLACES);
  const host = `https://${['tinh', 'so', 'huyen'][index % 3]}${index % 7}.example.gov.vn`;
  const url = `${host}/tin-tuc/bai-${index}.html`;
  const refs = [referenceFor(next, index), referenceFor(next, index + 1)];
  const imageCount = options.imagesPerArticle ?? index % 3;
  const images = Array.from({ length: imageCount }, (_, n) => ({
    src: `${host}/uploads/${index}/anh ${n + 1}.jpg`,
    caption: n === 0 ? `Quang cảnh hội nghị tại ${place}` : null,
    alt: null,
  }));
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: `Về ${topic}` },
    {
      type: 'paragraph',
      text: `Thực hiện ${refs[0]!.text} và ${refs[1]!.text}, ${pick(next, BODIES)} đã triển khai nhiều giải pháp.`,
      html: '<p>…</p>',
    },
    ...Array.from({ length: 2 + Math.floor(next() * 4) }, (): Block => ({
      type: 'paragraph',
      text: `${pick(next, SENTENCES)} ${pick(next, SENTENCES)}`,
      html: '<p>…</p>',
    })),
    {
      type: 'list',
      ordered: next() < 0.5,
      items: ['Tăng cường kỷ luật, kỷ cương', 'Đẩy mạnh ứng dụng CNTT'],
    },
    {
      type: 'table',
      rows: [
        ['Chỉ tiêu', 'Kết quả'],
        ['Hồ sơ đúng hạn', `${90 + (index % 10)}%`],
      ],
    },
    ...images.map((image): Block => ({
      type: 'figure',
      src: image.src,
      caption: image.caption,
      alt: image.alt,
    })),
    {
      type: 'quote',
      text: 'Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng.',
    },
  ];
  const lead = `(${place}) - Ngày ${1 + (index % 28)}/${1 + (index % 12)}, ${pick(next, BODIES)} tổ chức hội nghị về ${topic}.`;
  const { text } = layoutArticleText(lead, blocks);
  const references: Reference[] = refs.map(({ text: refText, reference }) => {
    const start = text.indexOf(refText);
    return { ...reference, text: refText, start, end: start + refText.length };
  });
  const article: Article = {
    url: `${url}?utm_source=zalo`,
    canonicalUrl: url,
    siteName: `Cổng TTĐT ${place}`,
    cms: 'generic',
    title: `Hội nghị ${index + 1}: ${topic} tại ${place} - "giai đoạn ${2021 + (index % 5)}"`,
    published: `202${index % 5}-0${1 + (index % 9)}-${String(1 + (index % 28)).padStart(2, '0')}T08:${String(index % 60).padStart(2, '0')}+07:00`,
    modified: null,
    author: index % 4 === 0 ? null : 'Nguyễn Thị Hồng Nhung',
    source: null,
    lead,
    blocks,
    html: '<p>…</p>',
    text,
    images,
    attachments: [],
    tags: [topic],
    lang: 'vi',
    references,
    removed: [],
  };
  const imageBytes = options.imageBytes ?? 2048;
  const blobs = images.map((image) => {
    const bytes = new Uint8Array(imageBytes);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
    return { src: image.src, blob: new Blob([bytes], { type: 'image/jpeg' }) };
  });
  const highlights: GeneratedHighlight[] = [];
  const count = options.highlightsPerArticle ?? 3;
  for (let n = 0; n < count; n++) {
    const start = Math.floor(next() * Math.max(1, text.length - 40));
    const end = Math.min(text.length, start + 5 + Math.floor(next() * 60));
    highlights.push({
      start,
      end,
      color: pick(next, COLORS),
      note: n % 2 === 0 ? `Ghi chú **${n + 1}**: xem lại ${refs[0]!.text}\n- ý "quan trọng"` : '',
      tags: n === 0 ? [pick(next, TAGS), pick(next, TAGS)] : [],
    });
  }
  return {
    article,
    images: blobs,
    tags: [pick(next, TAGS), topic],
    note: index % 2 === 0 ? `Cần đối chiếu với ${refs[1]!.text}: "điểm 3"` : '',
    read: index % 3 === 0,
    highlights: highlights.filter((highlight) => highlight.end > highlight.start),
  };
}

export function generateArchive(options: GenerateOptions): GeneratedArticle[] {
  const next = random(options.seed ?? 1);
  return Array.from({ length: options.articles }, (_, index) => generateOne(next, index, options));
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

/**
 * The stored records of generated articles, as the archive would hold them after the user
 * saved, tagged, annotated and highlighted each one (timestamps a minute apart from `start`).
 */
export function generatedRecords(
  generated: readonly GeneratedArticle[],
  start: Date = new Date('2026-01-01T00:00:00Z'),
): DeletedArticle[] {
  return generated.map((item, index) => {
    const id = articleIdOf(item.article);
    const savedAt = new Date(start.getTime() + index * 60_000).toISOString();
    const images: StoredImage[] = item.images.map((image, n) => ({
      key: `${id}#${n}`,
      articleId: id,
      src: image.src,
      blob: image.blob,
    }));
    const record: ArchivedArticle = {
      id,
      article: item.article,
      savedAt,
      updatedAt: savedAt,
      versions: [],
      tags: [...new Set(item.tags)],
      note: item.note,
      read: item.read,
      imageKeys: images.map((image) => image.key),
      failedImages: [],
    };
    const annotations: Annotation[] = item.highlights.map((highlight, n) => ({
      id: generatedId(id, n),
      articleId: id,
      target: {
        source: item.article.canonicalUrl ?? item.article.url ?? id,
        selector: describe(item.article.text, highlight.start, highlight.end),
      },
      color: highlight.color,
      note: highlight.note,
      tags: [...new Set(highlight.tags)],
      created: savedAt,
      modified: savedAt,
      orphaned: false,
    }));
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
