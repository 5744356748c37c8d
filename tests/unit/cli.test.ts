/**
 * The real `govclip` CLI, run as a child process (`node packages/core/bin/govclip.mjs …`): exit
 * codes, formats, standard input, `refs --jsonl` ordering, broken encodings, the JSON key set.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_KEYS } from '../../packages/core/src/cli/formats';
import { findReferences } from '../../packages/core/src/references/find-references';

const ROOT = path.join(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'packages', 'core', 'bin', 'govclip.mjs');
const CLI_FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'cli');
const CORPUS = path.join(ROOT, 'tests', 'fixtures', 'corpus');
const fixture = (name: string) => path.join(CLI_FIXTURES, name);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function govclip(args: string[], input?: string | Buffer): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE_TITLE = 'Xã Tân Lập tổng kết công tác cải cách hành chính năm 2024';

describe('govclip extract', () => {
  it('prints the Article as JSON with exactly the documented keys (plain text input)', () => {
    const run = govclip(['extract', fixture('article.txt')]);
    expect(run.status).toBe(0);
    const article = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(article)).toEqual([...JSON_KEYS]);
    expect(Object.keys(article).sort()).toEqual(
      [
        'title',
        'author',
        'published',
        'modified',
        'lead',
        'text',
        'html',
        'blocks',
        'images',
        'attachments',
        'tags',
        'references',
        'cms',
        'siteName',
        'url',
        'removed',
      ].sort(),
    );
    expect(article['title']).toBe(ARTICLE_TITLE);
    expect(article['published']).toBe('2024-05-12T08:30+07:00');
    expect(article['author']).toBe('Văn Hòa');
  });

  it('extracts an HTML page (linkedom) with the same key set and the --url passed through', () => {
    const url = 'https://huyenuytankhe.vn/xay-dung-dang/bai-viet-2417.html';
    const run = govclip([
      'extract',
      '--url',
      url,
      path.join(CORPUS, 'pages', '01-nukeviet-egov44.html'),
    ]);
    expect(run.status).toBe(0);
    const article = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(article)).toEqual([...JSON_KEYS]);
    expect(article['url']).toBe(url);
    expect(article['cms']).toBe('nukeviet');
    expect(typeof article['text']).toBe('string');
  });

  it('reads standard input with "-" and treats it as text with --text', () => {
    const input = readFileSync(fixture('article.txt'));
    const run = govclip(['extract', '--text', '--format', 'text', '-'], input);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(ARTICLE_TITLE);
    expect(run.stdout).toContain('Ngày đăng: 2024-05-12T08:30+07:00');
    expect(run.stdout).toContain('Theo báo cáo, trong năm qua xã đã tiếp nhận');
  });

  it('prints Markdown: title, metadata, body, attachments', () => {
    const run = govclip(['extract', '--format', 'md', path.join(CORPUS, 'text', '03.txt')]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      '# Kế hoạch tổ chức Hội thi tìm hiểu Luật Đất đai năm 2024 trên địa bàn huyện Tân Khê',
    );
    expect(run.stdout).toContain('- **Ngày đăng:** 2024-08-09T15:42+07:00');
    expect(run.stdout).toContain('- **Tác giả:** Phòng Tư pháp');
    expect(run.stdout).toContain('## Tệp đính kèm\n\n- 45-KH-UBND-2024.pdf');
    expect(run.stdout).not.toContain('Tổng số điểm');
  });

  it('prints a standalone, escaped HTML document', () => {
    const run = govclip(
      ['extract', '--format', 'html', '--text', '-'],
      [
        'Tiêu đề có <script>alert(1)</script> & dấu',
        'Ngày đăng: 01/02/2024',
        'Đoạn một có thẻ <img src=x onerror=alert(1)> được hiển thị như chữ, dài đủ để là một đoạn văn của bài viết, không phải tiêu đề hay nhãn giao diện nào.',
        'Đoạn hai cũng đủ dài để được giữ lại như phần thân bài, với nội dung bình thường về hoạt động của cơ quan trong tháng vừa qua.',
      ].join('\n'),
    );
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(run.stdout).toContain('<meta charset="utf-8">');
    expect(run.stdout).toContain(
      '<h1>Tiêu đề có &#60;script&#62;alert(1)&#60;/script&#62; &#38; dấu</h1>',
    );
    expect(run.stdout).not.toContain('<script');
    expect(run.stdout).not.toContain('<img src=x');
    expect(run.stdout).toContain('</html>');
  });

  it('exits 3 with a JSON error on stdout for a page that is not an article', () => {
    const run = govclip(['extract', path.join(CORPUS, 'pages', '25-generic-homepage.html')]);
    expect(run.status).toBe(3);
    const error = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(error['error']).toBe('not-an-article');
    expect(typeof error['reason']).toBe('string');

    const text = govclip(['extract', fixture('not-an-article.txt')]);
    expect(text.status).toBe(3);
    expect(JSON.parse(text.stdout)).toMatchObject({
      error: 'not-an-article',
      reason: 'too-little-text',
    });
  });
});

describe('govclip refs', () => {
  it('prints the references of the whole input as one JSON array', () => {
    const input = 'Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.';
    const run = govclip(['refs', '-'], input);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(findReferences(input));
  });

  it('--jsonl: one output line per input line, in order, each the refs of that line', () => {
    const lines = readFileSync(fixture('sentences.jsonl'), 'utf8').trimEnd().split('\n');
    const run = govclip(['refs', '--jsonl', fixture('sentences.jsonl')]);
    expect(run.status).toBe(0);
    const output = run.stdout.trimEnd().split('\n');
    expect(output).toHaveLength(lines.length);
    output.forEach((outputLine, index) => {
      const sentence = JSON.parse(lines[index] ?? '""') as string;
      expect(JSON.parse(outputLine)).toEqual(findReferences(sentence));
    });
  });

  it('--jsonl reports a line that is not a JSON string', () => {
    const run = govclip(['refs', '--jsonl', '-'], '"một câu"\n{"text": 1}\n');
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('line 2');
  });
});

describe('govclip usage and input errors', () => {
  const badUsage: [string, string[]][] = [
    ['no command', []],
    ['an unknown command', ['frobnicate']],
    ['an unknown format', ['extract', '--format', 'xml', fixture('article.txt')]],
    ['an unknown option', ['extract', '--bogus', fixture('article.txt')]],
    ['a missing FILE', ['extract']],
  ];
  for (const [what, args] of badUsage) {
    it(`exits 2 for ${what}`, () => {
      const run = govclip(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('govclip');
      expect(run.stdout).toBe('');
    });
  }

  it('prints help with exit 0', () => {
    const run = govclip(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('govclip extract');
    expect(run.stdout).toContain('govclip refs');
  });

  it('exits 1 with a one-line message for a missing file', () => {
    const run = govclip(['extract', fixture('does-not-exist.html')]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('no such file');
    expect(run.stdout).toBe('');
  });

  it('detects Windows-1258 bytes that are not UTF-8', () => {
    const run = govclip(['extract', fixture('article-windows-1258.txt')]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/not valid UTF-8.*Windows-1258/u);
    expect(run.stdout).toBe('');
  });

  it('decodes an HTML page that declares windows-1258, and says so', () => {
    const run = govclip(['extract', '--format', 'text', fixture('article-windows-1258.html')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('windows-1258');
    expect(run.stdout.split('\n')[0]).toBe(ARTICLE_TITLE);
    expect(run.stdout).toContain('Phát biểu tại hội nghị, Chủ tịch UBND xã đề nghị');
  });

  it('detects TCVN3 and VNI mojibake in otherwise valid UTF-8', () => {
    const tcvn3 = govclip(['extract', fixture('mojibake-tcvn3.txt')]);
    expect(tcvn3.status).toBe(1);
    expect(tcvn3.stderr).toContain('TCVN3');
    expect(tcvn3.stderr.trim().split('\n')).toHaveLength(1);
    const vni = govclip(['refs', fixture('mojibake-vni.txt')]);
    expect(vni.status).toBe(1);
    expect(vni.stderr).toContain('VNI');
  });
});
