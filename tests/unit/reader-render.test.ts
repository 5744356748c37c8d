import { describe, expect, it, beforeEach } from 'vitest';
import {
  findReferences,
  layoutArticleText,
  type Article,
  type Block,
  type Reference,
} from '@govclip/core';
import {
  formatPublished,
  renderArticle,
  safeHttpUrl,
} from '../../extension/lib/reader/render-article';
import {
  fullestMention,
  groupReferences,
  highlightReferences,
  referenceFields,
  referenceSymbol,
  renderReferenceCard,
} from '../../extension/lib/reader/references-ui';
import { offsetsFromRange, rangeFromOffsets, textUnits } from '../../extension/lib/reader/text-map';

const t = (key: string, ...subs: string[]) => [key, ...subs].join(':');

function reference(text: string, articleText: string, extra: Partial<Reference> = {}): Reference {
  const start = articleText.indexOf(text);
  if (start < 0) throw new Error(`missing ${text}`);
  return {
    text,
    start,
    end: start + text.length,
    kind: 'party',
    type: 'Nghị quyết',
    number: '18',
    code: 'NQ',
    issuer: 'TW',
    year: 2017,
    date: '2017-10-25',
    issuingBody: 'Ban Chấp hành Trung ương',
    term: 'XII',
    title: 'Một số vấn đề về tiếp tục đổi mới',
    form: 'full',
    key: 'party|NQ|18|TW',
    ...extra,
  };
}

function buildArticle(): Article {
  const lead = 'Sáng 12/3, hội nghị quán triệt Nghị quyết số 18-NQ/TW.';
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: '1. Kết quả' },
    {
      type: 'paragraph',
      text: 'Thực hiện Nghị quyết 18, tỉnh đã giảm 12 đầu mối.',
      html: 'Thực hiện <b>Nghị quyết 18</b>, tỉnh đã <a href="javascript:alert(1)" onclick="x()">giảm</a> 12 đầu mối.<script>alert(1)</script>',
    },
    { type: 'list', ordered: true, items: ['Sắp xếp bộ máy', 'Tinh giản biên chế'] },
    { type: 'figure', src: 'javascript:alert(1)', caption: 'Ảnh: Thanh Tâm', alt: null },
    { type: 'figure', src: 'https://portal.example.invalid/a.jpg', caption: null, alt: 'Hội nghị' },
    { type: 'table', rows: [['Chỉ tiêu', 'Kết quả'], ['Đầu mối', '12'], []] },
    { type: 'quote', text: 'Đoàn kết, kỷ cương.' },
  ];
  const layout = layoutArticleText(lead, blocks);
  const article: Article = {
    url: 'https://portal.example.invalid/tin/1',
    canonicalUrl: null,
    siteName: 'Cổng TTĐT tỉnh',
    cms: 'nukeviet',
    title: 'Quán triệt Nghị quyết số 18-NQ/TW',
    published: '2024-05-20T16:45+07:00',
    modified: null,
    author: 'Thanh Tâm',
    source: null,
    lead,
    blocks,
    html: '',
    text: layout.text,
    images: [],
    attachments: [
      { href: 'https://portal.example.invalid/f/ke-hoach.pdf', name: 'ke-hoach.pdf', type: 'pdf' },
      { href: 'javascript:alert(1)', name: 'xau.docx', type: 'docx' },
    ],
    tags: [],
    lang: 'vi',
    references: [],
    removed: [],
  };
  article.references = [
    reference('Nghị quyết số 18-NQ/TW', article.text),
    reference('Nghị quyết 18', article.text, {
      form: 'short',
      date: null,
      issuingBody: null,
      term: null,
      title: null,
    }),
  ];
  return article;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

/** A stand-in for the library sanitizer: the renderer must stay safe even if it lets things through. */
const leakySanitize = (html: string) => html;

describe('renderArticle', () => {
  it('renders every text unit as exactly its slice of article.text', () => {
    const article = buildArticle();
    const rendered = renderArticle(article, article.url!, { sanitize: leakySanitize, t }, document);
    expect(rendered.layoutMatches).toBe(true);
    const units = textUnits(rendered.root);
    // lead, heading, paragraph, 2 list items, 4 table cells, quote
    expect(units).toHaveLength(10);
    for (const unit of units)
      expect(article.text.slice(unit.start, unit.end)).toBe(unit.element.textContent);
  });

  it('keeps safe inline markup and drops scripts, handlers and javascript: links', () => {
    const article = buildArticle();
    const { root } = renderArticle(article, article.url!, { sanitize: leakySanitize, t }, document);
    const paragraph = root.querySelector('p.gc-paragraph')!;
    expect(paragraph.querySelector('b')?.textContent).toBe('Nghị quyết 18');
    expect(paragraph.querySelector('script')).toBeNull();
    const link = paragraph.querySelector('a');
    expect(link === null || (!link.hasAttribute('href') && !link.hasAttribute('onclick'))).toBe(
      true,
    );
  });

  it('falls back to the block text when the sanitized markup shows different text', () => {
    const article = buildArticle();
    const { root } = renderArticle(
      article,
      article.url!,
      { sanitize: () => '<b>khác hẳn</b>', t },
      document,
    );
    expect(root.querySelector('p.gc-paragraph')?.textContent).toBe(
      'Thực hiện Nghị quyết 18, tỉnh đã giảm 12 đầu mối.',
    );
    expect(root.querySelector('p.gc-paragraph b')).toBeNull();
  });

  it('shows the header, images with safe URLs only, and downloadable attachments', () => {
    const article = buildArticle();
    const rendered = renderArticle(article, article.url!, { sanitize: null, t }, document);
    expect(rendered.header.querySelector('h1')?.textContent).toBe(article.title);
    expect(rendered.header.querySelector('time')?.getAttribute('datetime')).toBe(article.published);
    expect(rendered.header.querySelector('time')?.textContent).toBe('16:45, 20/05/2024');
    expect(rendered.header.querySelector('.gc-author')?.textContent).toBe('Thanh Tâm');
    expect(rendered.header.querySelector('a.gc-original')?.getAttribute('href')).toBe(article.url);
    const images = Array.from(rendered.root.querySelectorAll('img'), (image) =>
      image.getAttribute('src'),
    );
    expect(images).toEqual(['https://portal.example.invalid/a.jpg']);
    expect(rendered.root.querySelector('figcaption')?.textContent).toBe('Ảnh: Thanh Tâm');
    const links = Array.from(rendered.attachments!.querySelectorAll('.gc-attachment'), (link) => [
      link.textContent,
      link.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['ke-hoach.pdf', 'https://portal.example.invalid/f/ke-hoach.pdf'],
      ['xau.docx', null],
    ]);
  });
});

describe('references in the reader', () => {
  it('tags every reference over exactly its text, across inline markup', () => {
    const article = buildArticle();
    const { root } = renderArticle(article, article.url!, { sanitize: leakySanitize, t }, document);
    document.body.appendChild(root);
    const tags = highlightReferences(root, article.references);
    for (const [index, reference] of article.references.entries()) {
      expect(
        tags
          .get(index)!
          .map((tag) => tag.textContent)
          .join(''),
      ).toBe(reference.text);
    }
    // The mapping survives the tags.
    const second = article.references[1]!;
    const range = rangeFromOffsets(root, second.start, second.end)!;
    expect(range.toString()).toBe(second.text);
    expect(offsetsFromRange(root, range)).toEqual({ start: second.start, end: second.end });
  });

  it('groups mentions of one document with counts, labelled by the fullest mention', () => {
    const article = buildArticle();
    const groups = groupReferences(article.references);
    expect(groups).toEqual([
      { key: 'party|NQ|18|TW', label: 'Nghị quyết số 18-NQ/TW', indices: [0, 1] },
    ]);
  });

  it('formats Party and State symbols the way documents print them', () => {
    const article = buildArticle();
    expect(referenceSymbol(article.references[0]!)).toBe('18-NQ/TW');
    expect(
      referenceSymbol({
        ...article.references[0]!,
        kind: 'state',
        number: '45',
        code: 'KH',
        issuer: 'UBND',
      }),
    ).toBe('45/KH-UBND');
    expect(
      referenceSymbol({
        ...article.references[0]!,
        kind: 'state',
        number: '31',
        code: null,
        issuer: 'QH15',
      }),
    ).toBe('31/QH15');
  });

  it('shows the parsed fields and only safe lookup links on the card', () => {
    const article = buildArticle();
    const fields = referenceFields(article.references[0]!, t).map((row) => row.field);
    expect(fields).toEqual(['type', 'number', 'issuer', 'date', 'issuingBody', 'term', 'title']);
    const card = renderReferenceCard(
      document,
      article.references[0]!,
      [
        { site: 'Cơ sở dữ liệu văn bản', url: 'https://vanban.example.invalid/?q=18-NQ/TW' },
        { site: 'xấu', url: 'javascript:alert(1)' },
      ],
      t,
    );
    expect(card.querySelector('[data-field="date"]')?.textContent).toBe('25/10/2017');
    expect(card.querySelector('[data-field="term"]')?.textContent).toBe('XII');
    const links = Array.from(card.querySelectorAll('a'), (link) => link.getAttribute('href'));
    expect(links).toEqual(['https://vanban.example.invalid/?q=18-NQ/TW']);
    expect(card.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('describes a short back-reference by its full mention on the card', () => {
    const references = findReferences(
      'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII về tinh gọn bộ máy. Sau 7 năm thực hiện Nghị quyết 18, tỉnh giảm 4 sở.',
    );
    const [full, short] = references;
    expect(short?.form).toBe('short');
    expect(fullestMention(references, short!)).toBe(full);
    expect(fullestMention(references, full!)).toBe(full);
    const card = renderReferenceCard(document, short!, [], t, fullestMention(references, short!));
    expect(card.querySelector('.gc-ref-card-title')?.firstChild?.textContent).toBe('Nghị quyết 18');
    expect(card.querySelector('[data-field="number"]')?.textContent).toBe('18-NQ/TW');
    expect(card.querySelector('[data-field="date"]')?.textContent).toBe('25/10/2017');
  });
});

describe('small formatters', () => {
  it('formats dates as Vietnamese pages print them', () => {
    expect(formatPublished('2024-05-20')).toBe('20/05/2024');
    expect(formatPublished('2024-05-20T08:05+07:00')).toBe('08:05, 20/05/2024');
    expect(formatPublished(null)).toBeNull();
  });

  it('accepts only http(s) URLs', () => {
    expect(safeHttpUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHttpUrl('/x', 'https://a.example/y')).toBe('https://a.example/x');
    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '',
      null,
    ]) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
  });
});
