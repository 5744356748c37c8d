/**
 * In-process tests of the CLI's pieces (fast): encoding detection and the output formats.
 * The child-process tests in `cli.test.ts` cover the wiring and exit codes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  declaredCharset,
  decodeInput,
  detectMojibake,
  InputError,
} from '../../packages/core/src/cli/decode-input';
import {
  JSON_KEYS,
  toHtmlDocument,
  toJson,
  toMarkdown,
  toPlainText,
} from '../../packages/core/src/cli/formats';
import type { Article } from '../../packages/core/src/types';

const CORPUS = path.join(import.meta.dirname, '..', 'fixtures', 'corpus');
const CLI_FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'cli');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeInput', () => {
  it('accepts every corpus page and text case (no false alarms)', () => {
    for (const folder of ['pages', 'text']) {
      for (const file of readdirSync(path.join(CORPUS, folder))) {
        if (!/\.(?:html|txt)$/u.test(file)) continue;
        const input = readFileSync(path.join(CORPUS, folder, file));
        expect(
          () => decodeInput(input, file.endsWith('.html') ? 'html' : 'text'),
          file,
        ).not.toThrow();
      }
    }
  });

  it('strips a UTF-8 BOM and returns NFC', () => {
    const decoded = decodeInput(bytes('\uFEFFNghi\u0323 quyê\u0301t'), 'text');
    expect(decoded.text).toBe('Nghị quyết');
    expect(decoded.encoding).toBe('utf-8');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hà Nội', 'utf16le')]);
    expect(decodeInput(utf16, 'text').text).toBe('Hà Nội');
  });

  it('names Windows-1258 for undeclared legacy bytes', () => {
    const input = readFileSync(path.join(CLI_FIXTURES, 'article-windows-1258.txt'));
    expect(() => decodeInput(input, 'text')).toThrow(InputError);
    expect(() => decodeInput(input, 'text')).toThrow(/Windows-1258/u);
  });

  it('decodes a declared windows-1258 page, with a notice', () => {
    const input = readFileSync(path.join(CLI_FIXTURES, 'article-windows-1258.html'));
    expect(declaredCharset(input)).toBe('windows-1258');
    const decoded = decodeInput(input, 'html');
    expect(decoded.notice).toContain('windows-1258');
    expect(decoded.text).toContain('Xã Tân Lập tổng kết công tác cải cách hành chính năm 2024');
  });

  it('reports a charset the runtime cannot decode', () => {
    const page = bytes('<html><head><meta charset="x-vn-tcvn3"></head><body>x</body></html>');
    expect(() => decodeInput(page, 'html')).toThrow(/x-vn-tcvn3/u);
  });

  it('reads the charset from an http-equiv meta too', () => {
    const page = bytes('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">');
    expect(declaredCharset(page)).toBe('utf-8');
  });
});

describe('detectMojibake', () => {
  it('finds TCVN3 and VNI damage', () => {
    expect(detectMojibake('Hµ Néi, ngµy 12 th¸ng 5 n¨m 2024, UBND tØnh ®· tæ chøc héi nghÞ')).toBe(
      'TCVN3',
    );
    expect(
      detectMojibake('Vieät Nam, Haø Noäi, ngaøy 12 thaùng 5 naêm 2024, UÛy ban nhaân daân'),
    ).toBe('VNI');
  });

  it('leaves real Vietnamese and foreign names alone', () => {
    expect(
      detectMojibake('Khoá học về hoà giải, quá trình thuỷ lợi ở Hà Nội; Café Müller, São Paulo.'),
    ).toBeNull();
    expect(detectMojibake('« Bài trước · Bài sau » © Bản quyền thuộc về Huyện ủy')).toBeNull();
  });
});

const ARTICLE: Article = {
  url: 'https://example.gov.vn/tin-tuc/bai-viet-1.html',
  canonicalUrl: null,
  siteName: 'Cổng thông tin',
  cms: 'generic',
  title: 'Tiêu đề # có ký tự *đặc biệt*',
  published: '2024-05-12T08:30+07:00',
  modified: null,
  author: 'Văn Hòa',
  source: null,
  lead: 'Đoạn mở đầu.',
  blocks: [
    { type: 'heading', level: 2, text: '1. Mục đích' },
    {
      type: 'paragraph',
      text: '1. Dòng bắt đầu bằng số <b>',
      html: '1. Dòng bắt đầu bằng số &lt;b&gt;',
    },
    { type: 'list', ordered: false, items: ['Một', 'Hai'] },
    {
      type: 'table',
      rows: [
        ['Cột 1', 'Cột | 2'],
        ['a', 'b'],
      ],
    },
    { type: 'figure', src: 'https://example.gov.vn/a.jpg', caption: 'Ảnh: VH', alt: null },
    { type: 'figure', src: 'javascript:alert(1)', caption: null, alt: null },
  ],
  html: '',
  text: 'Đoạn mở đầu.\n\n1. Mục đích',
  images: [{ src: 'https://example.gov.vn/a.jpg', caption: 'Ảnh: VH', alt: null }],
  attachments: [{ href: 'https://example.gov.vn/f.pdf', name: 'f.pdf', type: 'pdf' }],
  tags: ['cải cách'],
  lang: 'vi',
  references: [],
  removed: [{ rule: 'noise:rating', excerpt: 'Xếp hạng' }],
};

describe('output formats', () => {
  it('JSON has exactly the documented keys, in order', () => {
    const parsed = JSON.parse(toJson(ARTICLE)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([...JSON_KEYS]);
    expect(parsed).not.toHaveProperty('canonicalUrl');
    expect(parsed).not.toHaveProperty('lang');
  });

  it('Markdown escapes syntax and renders blocks, images and attachments', () => {
    const markdown = toMarkdown(ARTICLE);
    expect(markdown.startsWith('# Tiêu đề \\# có ký tự \\*đặc biệt\\*\n')).toBe(true);
    expect(markdown).toContain('- **Tác giả:** Văn Hòa');
    expect(markdown).toContain('**Đoạn mở đầu.**');
    // The shared block renderer (also the archive's export): the title is the only level-1 heading.
    expect(markdown).toContain('\n## 1\\. Mục đích\n');
    expect(markdown).toContain('\n1\\. Dòng bắt đầu bằng số \\<b\\>\n');
    expect(markdown).toContain('- Một\n- Hai');
    expect(markdown).toContain('| Cột 1 | Cột \\| 2 |\n| --- | --- |\n| a | b |');
    expect(markdown).toContain('![Ảnh: VH](<https://example.gov.vn/a.jpg>)');
    expect(markdown).toContain('- [f.pdf](<https://example.gov.vn/f.pdf>)');
    expect(markdown).not.toContain('javascript:');
  });

  it('HTML is a standalone document with escaped text and only web URLs', () => {
    const html = toHtmlDocument(ARTICLE);
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<p>1. Dòng bắt đầu bằng số &#60;b&#62;</p>');
    expect(html).toContain('<img src="https://example.gov.vn/a.jpg" alt="">');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.gov.vn/f.pdf">f.pdf</a>');
  });

  it('plain text is title, metadata, then Article.text', () => {
    const text = toPlainText(ARTICLE);
    expect(text.startsWith(`${ARTICLE.title}\n\nNgày đăng: 2024-05-12T08:30+07:00\n`)).toBe(true);
    expect(text).toContain(`\n\n${ARTICLE.text}\n\n`);
    expect(text).toContain('Tệp đính kèm:\n- f.pdf');
  });
});
