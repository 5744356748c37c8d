import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutArticleText } from '../../packages/core/src/article/text-layout';
import { findReferences } from '../../packages/core/src/references/find-references';
import { cleanText } from '../../packages/core/src/text/clean-text';
import { guessTextCms } from '../../packages/core/src/text/cms-signatures';
import { modernTonePlacement, splitGluedSentences } from '../../packages/core/src/text/text-lines';
import { TEXT_LINE_RULES } from '../../packages/core/src/text/text-noise';
import { isArticle, type Article, type ExtractResult } from '../../packages/core/src/types';

const TEXT_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'corpus', 'text');
const readCase = (name: string) => readFileSync(path.join(TEXT_DIR, `${name}.txt`), 'utf8');

function article(result: ExtractResult): Article {
  if (!isArticle(result)) throw new Error(`not an article: ${result.reason}`);
  return result;
}

const LONG_A =
  'Sáng 12/5, Ủy ban nhân dân xã Tân Lập tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2024 với sự tham dự của đại diện các ban, ngành, đoàn thể và trưởng các thôn trên địa bàn xã, cùng nhiều hộ dân tiêu biểu.';
const LONG_B =
  'Theo báo cáo, trong năm qua xã đã tiếp nhận và giải quyết hơn 1.200 hồ sơ thủ tục hành chính, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%; việc tiếp nhận hồ sơ trực tuyến tăng mạnh so với năm trước nhờ công tác tuyên truyền.';
const LONG_C =
  'Phát biểu tại hội nghị, Chủ tịch UBND xã đề nghị các bộ phận tiếp tục rà soát quy trình nội bộ, ứng dụng công nghệ thông tin và nâng cao tinh thần trách nhiệm của cán bộ, công chức khi phục vụ người dân, doanh nghiệp.';

/** A page of an unknown CMS, written for this test: labels, counters, chrome, a bare byline. */
const GENERIC_PAGE = [
  'Trang chủ > Tin tức > Hoạt động',
  '',
  'Xã Tân Lập tổng kết công tác cải cách hành chính năm 2024',
  'Ngày đăng: 12/05/2024 | Lượt xem: 318',
  LONG_A,
  LONG_B,
  'Ảnh minh họa: Hội nghị tổng kết. Ảnh: Văn Hòa',
  LONG_C,
  'Nguồn: Cổng thông tin xã Tân Lập',
  'Văn Hòa',
  '',
  'Tin cùng chuyên mục',
  'Xã Tân Lập ra quân làm sạch môi trường',
  'Hội nghị sơ kết 6 tháng đầu năm',
].join('\n');

describe('cleanText on an unseen generic page', () => {
  const result = article(cleanText(GENERIC_PAGE));

  it('finds title, date, byline and source', () => {
    expect(result.title).toBe('Xã Tân Lập tổng kết công tác cải cách hành chính năm 2024');
    expect(result.published).toBe('2024-05-12');
    expect(result.author).toBe('Văn Hòa');
    expect(result.source).toBe('Cổng thông tin xã Tân Lập');
    expect(result.cms).toBe('generic');
  });

  it('keeps the body, moves the credit line to a caption and drops the related list', () => {
    // Without a source tag a generic page has no recognisable sapo.
    expect(result.lead).toBeNull();
    expect(result.text).toBe([LONG_A, LONG_B, LONG_C].join('\n\n'));
    expect(result.images.map((image) => image.caption)).toEqual([
      'Ảnh minh họa: Hội nghị tổng kết. Ảnh: Văn Hòa',
    ]);
    for (const noise of ['Tin cùng chuyên mục', 'Xã Tân Lập ra quân', 'Lượt xem', 'Trang chủ']) {
      expect(result.text).not.toContain(noise);
    }
  });

  it('logs every dropped line with its rule', () => {
    const rules = result.removed.map((item) => item.rule);
    expect(rules).toEqual([
      'chrome:before-title',
      // The label row is cut in two: the date label, then the view counter.
      'date:published-line',
      'noise:view-counter',
      'byline:source-label',
      'byline:last-line',
      'noise:related-list',
      'noise:related-item',
      'noise:related-item',
    ]);
  });
});

describe('cleanText bylines', () => {
  it('reads a byline printed as the first lines of the body (name, then office)', () => {
    const text = [
      'Hội thảo khoa học về bảo tồn dân ca',
      'Tin đăng ngày: 2/6/2025 - Xem: 92',
      'Nguyễn Văn An,',
      'Hội Văn học nghệ thuật tỉnh',
      LONG_A,
      LONG_B,
    ].join('\n');
    const result = article(cleanText(text));
    expect(result.author).toBe('Nguyễn Văn An, Hội Văn học nghệ thuật tỉnh');
    expect(result.published).toBe('2025-06-02');
    expect(result.text).toBe([LONG_A, LONG_B].join('\n\n'));
  });

  it('reads a byline label row shared with the date and the view counter', () => {
    const text = [
      'Quận ra quân thu gom rác thải dọc bờ sông',
      'Người đăng tin: Trần Thị Bình Ngày đăng tin: 06/12/2024 Lượt xem: 2318',
      LONG_A,
      LONG_B,
    ].join('\n');
    const result = article(cleanText(text));
    expect(result.author).toBe('Trần Thị Bình');
    expect(result.published).toBe('2024-12-06');
    expect(result.text).not.toContain('Lượt xem');
  });

  it('reads an office as the closing byline, not a related headline', () => {
    const text = [
      'Tiêu đề bài viết về công tác văn thư',
      LONG_A,
      LONG_B,
      'Phòng Văn thư - Lưu trữ',
      'Lượt xem: 1.274',
    ].join('\n');
    expect(article(cleanText(text)).author).toBe('Phòng Văn thư - Lưu trữ');
    const related = [
      'Tiêu đề bài viết về công tác văn thư',
      LONG_A,
      LONG_B,
      'Liên quan:',
      'Hội thi giáo viên dạy giỏi cấp huyện',
      'Tác giả: Lê Hà',
    ].join('\n');
    expect(article(cleanText(related)).author).toBe('Lê Hà');
  });
});

describe('cleanText invariants', () => {
  it('lays out Article.text from lead and blocks, and finds references in that text', () => {
    for (const name of ['00-seed', '04', '08', '09']) {
      const result = article(cleanText(readCase(name)));
      expect(result.text).toBe(layoutArticleText(result.lead, result.blocks).text);
      expect(result.references).toEqual(findReferences(result.text));
    }
  });

  it('accounts for every non-blank input line: title, kept text or a removed entry', () => {
    for (const name of ['00-seed', '01', '07', '10']) {
      const input = readCase(name);
      const result = article(cleanText(input));
      const kept = new Set([
        result.title,
        result.lead ?? '',
        ...result.blocks.map((block) =>
          'text' in block ? block.text : block.type === 'figure' ? (block.caption ?? '') : '',
        ),
      ]);
      const removed = result.removed.map((item) => item.excerpt.replace(/…$/u, ''));
      for (const raw of input.split(/\r?\n/u)) {
        const line = raw.replace(/[\s\u00a0]+/gu, ' ').trim();
        if (line === '') continue;
        const accounted =
          kept.has(line) ||
          [...kept].some((text) => text !== '' && line.includes(text)) ||
          removed.some((excerpt) => excerpt !== '' && line.startsWith(excerpt));
        expect(accounted, `${name}: ${line.slice(0, 60)}`).toBe(true);
      }
    }
  });

  it('gives the same article for NFD, CRLF and NBSP variants of the input', () => {
    for (const name of ['00-seed', '06', '10']) {
      const plain = article(cleanText(readCase(name)));
      const variant = article(
        cleanText(readCase(name).normalize('NFD').replace(/\n/gu, '\r\n').replace(/ /gu, '\u00a0')),
      );
      expect(variant.title).toBe(plain.title);
      expect(variant.published).toBe(plain.published);
      expect(variant.author).toBe(plain.author);
      expect(variant.text).toBe(plain.text);
    }
  });

  it('gives the same article whatever the blank-line layout (none, or one after every line)', () => {
    const variants = [
      (text: string) =>
        text
          .split('\n')
          .filter((line) => line.trim() !== '')
          .join('\n'),
      (text: string) => text.split('\n').join('\n\n'),
      (text: string) =>
        text
          .split('\n')
          .map((line) => `  ${line} \t`)
          .join('\n'),
    ];
    for (const name of ['00-seed', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10']) {
      const plain = article(cleanText(readCase(name)));
      for (const variant of variants) {
        const changed = article(cleanText(variant(readCase(name))));
        expect(changed.title, name).toBe(plain.title);
        expect(changed.published, name).toBe(plain.published);
        expect(changed.author, name).toBe(plain.author);
        expect(changed.text, name).toBe(plain.text);
      }
    }
  });

  it('matches labels typed with old-style tone placement (khoá, uỷ)', () => {
    const text = [
      'Tiêu đề bài viết về cải cách hành chính',
      'Ngày đăng: 01/02/2024',
      LONG_A,
      LONG_B,
      'Từ khoá: cải cách, hành chính',
    ].join('\n');
    const result = article(cleanText(text));
    expect(result.tags).toEqual(['cải cách', 'hành chính']);
    expect(modernTonePlacement('Hoà giải, khoá học, thuỷ lợi, Uỷ ban, quý, hoàng')).toBe(
      'Hòa giải, khóa học, thủy lợi, Ủy ban, quý, hoàng',
    );
  });

  it('returns NFC text', () => {
    const result = article(cleanText(readCase('00-seed').normalize('NFD')));
    expect(result.text).toBe(result.text.normalize('NFC'));
    expect(result.title).toBe(result.title.normalize('NFC'));
  });

  it('falls back to the date in the URL when the text shows none', () => {
    const text = ['Tiêu đề bài viết về hội nghị', LONG_A, LONG_B].join('\n');
    const result = article(
      cleanText(text, { url: 'https://a.gov.vn/portal/Pages/2024-9-12/Slug-k8f2.aspx' }),
    );
    expect(result.published).toBe('2024-09-12');
    expect(result.url).toBe('https://a.gov.vn/portal/Pages/2024-9-12/Slug-k8f2.aspx');
    expect(article(cleanText(text)).published).toBeNull();
  });

  it('keeps a dated notice whose only content is its attachments', () => {
    const text = [
      'Thông báo lịch tiếp công dân tháng 6 năm 2024',
      'Thứ tư - 29/05/2024 14:00',
      'File đính kèm',
      'Tập tin 1: lich-tiep-cong-dan-thang-6.pdf',
      'Tác giả: Văn phòng Huyện ủy',
    ].join('\n');
    const result = article(cleanText(text));
    expect(result.text).toBe('');
    expect(result.attachments).toEqual([
      { href: null, name: 'lich-tiep-cong-dan-thang-6.pdf', type: 'pdf' },
    ]);
    expect(result.author).toBe('Văn phòng Huyện ủy');
    expect(
      cleanText('Thông báo lịch tiếp công dân tháng 6 năm 2024\nTập tin 1: a.pdf'),
    ).toMatchObject({ notAnArticle: true });
  });

  it('says when the text is not an article', () => {
    expect(cleanText('')).toMatchObject({ notAnArticle: true, reason: 'empty-document' });
    expect(cleanText(' \n\u00a0\n')).toMatchObject({ notAnArticle: true });
    expect(cleanText('Trang chủ\nĐăng nhập\nTìm kiếm')).toMatchObject({
      notAnArticle: true,
      reason: 'too-little-text',
    });
  });
});

describe('noise rules keep real prose', () => {
  // noise.md §5 negatives: anchored whole-line matching is what keeps them safe.
  const prose = [
    'In ấn tài liệu phục vụ hội nghị',
    'Lưu ý khi tham gia giao thông',
    'Tin liên quan đến vụ việc được xác minh.',
    'Hôm nay, tỉnh tổ chức hội nghị',
    'Trang chủ của Đảng bộ tỉnh đã đưa tin',
    'Tác giả của công trình này là ông A',
    'Kết quả học tập của học sinh được nâng lên rõ rệt.',
  ];

  it('matches none of the noise.md negative sentences', () => {
    for (const sentence of prose) {
      const rule = TEXT_LINE_RULES.find((candidate) => candidate.pattern.test(sentence));
      expect(rule?.rule, sentence).toBeUndefined();
    }
  });

  it('keeps them as body text inside an article', () => {
    const text = ['Tiêu đề bài viết', 'Ngày đăng: 01/02/2024', LONG_A, ...prose, LONG_B].join('\n');
    const result = article(cleanText(text));
    for (const sentence of prose) expect(result.text).toContain(sentence);
  });

  it('matches the noise.md positives', () => {
    const positives = [
      'Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây',
      'Tổng số điểm là: 0 sau 0 lượt xếp hạng',
      'Xếp hạng: 4.5 - 2 phiếu bầu',
      'ĐÁNH GIÁ BÀI VIẾT',
      'Xem cỡ chữ',
      'Gởi bài viết',
      'Lượt xem: 1.520',
      'Skip Ribbon Commands',
      'Những tin cũ hơn',
      'ce455afda28f09d1509e',
      'skb1.jpg',
    ];
    for (const line of positives) {
      expect(
        TEXT_LINE_RULES.some((rule) => rule.pattern.test(line)),
        line,
      ).toBe(true);
    }
  });
});

describe('text lines and CMS signatures', () => {
  it('splits ENTER_BR sentences glued by textContent, not abbreviations or domains', () => {
    expect(splitGluedSentences('lên đường nhập ngũ.Tại buổi lễ, Chủ tịch phát biểu.')).toEqual([
      'lên đường nhập ngũ.',
      'Tại buổi lễ, Chủ tịch phát biểu.',
    ]);
    expect(
      splitGluedSentences('Đoàn công tác TP.Hồ Chí Minh và Chinhphu.vn đưa tin.'),
    ).toHaveLength(1);
  });

  it('guesses families from noise signatures and falls back to generic', () => {
    expect(guessTextCms('Skip Ribbon Commands\nSkip to main content').cms).toBe('sharepoint');
    expect(guessTextCms('Viết bởi Minh Tú\n« Bài trước').cms).toBe('joomla');
    expect(guessTextCms('Một bài viết bình thường.').cms).toBe('generic');
  });
});
