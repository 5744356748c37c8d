import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  isSafeUrl,
  sanitizeHtml,
  sanitizeHtmlDetailed,
  sanitizeWithAllowlist,
} from '../../packages/core/src/html/sanitize';
import { parseHtmlDocument } from '../../packages/core/src/html/parse-html';

// jsdom ships no type declarations (and @types/jsdom is not installed): type the one class we use.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: Window & typeof globalThis };
};

/** Classic XSS payloads (OWASP cheat sheet style) and mutation-XSS shapes. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href=" &#14;javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))" onclick="alert(1)">x</div>',
  '<p onmouseover="alert(1)">hover</p>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<style>@import "javascript:alert(1)";</style>',
  '<link rel=stylesheet href="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<template><img src=x onerror=alert(1)></template>',
  '<video><source onerror=alert(1)></video>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<img srcset="x 1x" onerror="alert(1)">',
  '<!--<img src=x onerror=alert(1)>-->',
];

function assertSafe(html: string): void {
  const lower = html.toLowerCase();
  expect(lower).not.toMatch(
    /<script|<iframe|<object|<embed|<svg|<math|<style|<link|<meta|<base|<form|<input|<template/,
  );
  expect(lower).not.toMatch(/\son[a-z]+\s*=/);
  expect(lower).not.toMatch(/(?:href|src)\s*=\s*"\s*(?:javascript|vbscript|data):/);
  expect(lower).not.toContain('style=');
}

const DOMS: Record<string, () => Document> = {
  'happy-dom': () => new DOMParser().parseFromString('<p></p>', 'text/html'),
  linkedom: () => parseHTML('<html><body></body></html>').document as unknown as Document,
  jsdom: () => new JSDOM('<p></p>').window.document,
};

describe.each(Object.entries(DOMS))('sanitizeHtml under %s', (_name, makeDocument) => {
  it.each(PAYLOADS)('neutralises %s', (payload) => {
    assertSafe(sanitizeHtml(`<p>before</p>${payload}<p>after</p>`, makeDocument()));
  });

  it('keeps safe article markup and text', () => {
    const html = sanitizeHtml(
      '<p class="x">Nghị quyết <strong>số 18-NQ/TW</strong> <a href="https://example.vn/a?b=1">link</a></p><figure><img src="https://example.vn/a.jpg" alt="ảnh"><figcaption>Ảnh: QH</figcaption></figure>',
      makeDocument(),
    );
    expect(html).toContain('<strong>số 18-NQ/TW</strong>');
    expect(html).toContain('href="https://example.vn/a?b=1"');
    expect(html).toContain('<figcaption>Ảnh: QH</figcaption>');
    expect(html).toContain('src="https://example.vn/a.jpg"');
  });
});

describe('sanitizer engines', () => {
  it('linkedom has no working DOMPurify: the allowlist walker alone runs and still strips', () => {
    const document = parseHTML('<html><body></body></html>').document as unknown as Document;
    const result = sanitizeHtmlDetailed(
      '<p onclick="x()">a<script>alert(1)</script></p>',
      document,
    );
    expect(result.engine).toBe('allowlist');
    expect(result.html).toBe('<p>a</p>');
  });

  it('jsdom runs DOMPurify first, then the allowlist', () => {
    const result = sanitizeHtmlDetailed('<p onclick="x()">a</p>', new JSDOM('').window.document);
    expect(result.engine).toBe('dompurify+allowlist');
    expect(result.html).toBe('<p>a</p>');
  });

  it('the allowlist unwraps unknown elements but keeps their text', () => {
    const document = new DOMParser().parseFromString('', 'text/html');
    expect(
      sanitizeWithAllowlist('<custom-el><font color="red">chữ</font></custom-el>', document),
    ).toBe('chữ');
  });

  it('does not execute anything while parsing (inert fragment)', () => {
    const document = new DOMParser().parseFromString('', 'text/html');
    let fired = false;
    (globalThis as Record<string, unknown>).__govclipFired = () => (fired = true);
    sanitizeHtml('<img src="x" onerror="__govclipFired()">', document);
    expect(fired).toBe(false);
  });

  it.each([
    ['https://a.vn/x', true],
    ['/relative/path?x=a:b', true],
    ['#anchor', true],
    ['mailto:a@b.vn', true],
    ['javascript:alert(1)', false],
    [' java\tscript:alert(1)', false],
    ['data:image/png;base64,AAA', false],
    ['vbscript:x', false],
  ])('isSafeUrl(%s) = %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });

  it('parseHtmlDocument parses with the DOMParser of a window-backed document', () => {
    const host = new JSDOM('').window.document;
    const parsed = parseHtmlDocument('<p>xin chào</p>', host);
    expect(parsed.querySelector('p')?.textContent).toBe('xin chào');
  });
});
