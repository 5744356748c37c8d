import { createRequire } from 'node:module';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  appendSafe,
  isSafeUrl,
  joinSafe,
  NO_SAFE_HTML,
  safeElement,
  safeText,
  sanitizeHtml,
  sanitizeHtmlDetailed,
  sanitizeWithAllowlist,
  type SafeHtml,
} from '../../packages/core/src/html/sanitize';
import { buildBlocks } from '../../packages/core/src/article/blocks';
import { extractArticle } from '../../packages/core/src/article/extract-article';
import { loadPages } from '../corpus/scoring';
import { parseHtmlDocument } from '../../packages/core/src/html/parse-html';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS } from '../../packages/core/src/html/sanitize-config';

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

/**
 * The builders (`safeText`, `safeElement`) must write exactly what the allowlist walker leaves of
 * the same tree after a parse, under jsdom (the standard HTML serializer): trees of kept, unknown
 * and dropped elements, hostile attributes and texts with every character the serializer or the
 * parser treats specially.
 */
interface TreeNode {
  tag: string | null;
  text: string;
  attributes: [string, string][];
  children: TreeNode[];
}

// A lone CR ending one text next to an LF starting the next would join into one line break in a
// parse (CRLF is read as one LF across nodes): CR only inside a piece.
const TEXT_PIECES = [
  'a',
  'chữ',
  ' ',
  '&',
  '&amp;',
  '<',
  '>',
  '"',
  "'",
  '\u00A0',
  '\u0000',
  'a\rb',
  '\r\n',
  '\n',
  '=',
  '/',
];
const ATTRIBUTE_VALUES = [
  'https://example.vn/a?b=1&c=2',
  'javascript:alert(1)',
  ' java\tscript:alert(1)',
  'data:text/html,x',
  'mailto:a@b.vn',
  '/relative"<x>',
  'x\u0000y',
  'a\u00A0b\r\nc',
  'o\'k & "q"',
];
const ATTRIBUTE_NAMES = [
  'href',
  'src',
  'alt',
  'title',
  'class',
  'lang',
  'onclick',
  'style',
  'data-x',
  'id',
];
/** Phrasing elements (a parse keeps their nesting as built), unknown ones, dropped ones, void ones. */
const CONTAINER_TAGS = [
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'code',
  'span',
  'a',
  'font',
  'custom-el',
  'abbr',
];
const DROPPED_TAGS = ['iframe', 'object', 'video'];
const VOID_TAGS = ['img', 'br'];

const textArbitrary = fc
  .array(fc.constantFrom(...TEXT_PIECES), { minLength: 1, maxLength: 6 })
  .map((pieces) => pieces.join(''));
const attributesArbitrary = fc
  .uniqueArray(fc.constantFrom(...ATTRIBUTE_NAMES), { maxLength: 3 })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.constantFrom(...ATTRIBUTE_VALUES).map((value): [string, string] => [name, value]),
      ),
    ),
  );

function treeArbitrary(depth: number, inLink: boolean): fc.Arbitrary<TreeNode> {
  const text = textArbitrary.map((value): TreeNode => ({
    tag: null,
    text: value,
    attributes: [],
    children: [],
  }));
  const voidElement = fc
    .tuple(fc.constantFrom(...VOID_TAGS), attributesArbitrary)
    .map(([tag, attributes]): TreeNode => ({ tag, text: '', attributes, children: [] }));
  if (depth === 0) return fc.oneof(text, voidElement);
  // No link inside a link, and dropped elements hold only elements: a parser would restructure both.
  const containers = CONTAINER_TAGS.filter((tag) => !(inLink && tag === 'a'));
  const container = fc
    .tuple(fc.constantFrom(...containers), attributesArbitrary)
    .chain(([tag, attributes]) =>
      fc
        .array(treeArbitrary(depth - 1, inLink || tag === 'a'), { maxLength: 4 })
        .map((children): TreeNode => ({ tag, text: '', attributes, children })),
    );
  const dropped = fc
    .tuple(fc.constantFrom(...DROPPED_TAGS), fc.array(voidElement, { maxLength: 2 }))
    .map(([tag, children]): TreeNode => ({ tag, text: '', attributes: [], children }));
  return fc.oneof(
    { weight: 2, arbitrary: text },
    voidElement,
    { weight: 3, arbitrary: container },
    dropped,
  );
}

function built(node: TreeNode): SafeHtml {
  if (node.tag === null) return safeText(node.text);
  let content = NO_SAFE_HTML;
  for (const child of node.children) content = appendSafe(content, built(child));
  return safeElement(node.tag, node.attributes, content);
}

function inDom(node: TreeNode, document: Document): Node {
  if (node.tag === null) return document.createTextNode(node.text);
  const element = document.createElement(node.tag);
  for (const [name, value] of node.attributes) element.setAttribute(name, value);
  for (const child of node.children) element.appendChild(inDom(child, document));
  return element;
}

/** Parsed, the HTML holds only allowlisted elements and attributes, and only safe URLs. */
function assertOnlyAllowed(html: string): void {
  const container = new JSDOM('').window.document.createElement('div');
  container.innerHTML = html;
  for (const element of Array.from(container.querySelectorAll('*'))) {
    expect(ALLOWED_TAGS as readonly string[]).toContain(element.localName);
    for (const attribute of Array.from(element.attributes)) {
      expect(ALLOWED_ATTRIBUTES as readonly string[]).toContain(attribute.name);
      if (attribute.name === 'href' || attribute.name === 'src')
        expect(isSafeUrl(attribute.value), attribute.value).toBe(true);
    }
  }
}

describe('HTML written by the sanitizer builders', () => {
  it('is what the allowlist walker leaves of the same tree (jsdom serializer)', () => {
    const document = new JSDOM('').window.document;
    fc.assert(
      fc.property(fc.array(treeArbitrary(3, false), { minLength: 1, maxLength: 4 }), (nodes) => {
        const container = document.createElement('div');
        for (const node of nodes) container.appendChild(inDom(node, document));
        expect(joinSafe(nodes.map(built))).toBe(
          sanitizeWithAllowlist(container.innerHTML, document),
        );
      }),
      { numRuns: 300 },
    );
  });

  it.each(PAYLOADS)('cannot carry %s', (payload) => {
    const attributes = ATTRIBUTE_NAMES.map((name): [string, string] => [name, payload]);
    for (const html of [
      safeText(payload),
      safeElement('a', attributes, safeText(payload)),
      safeElement('img', [
        ['src', 'javascript:alert(1)'],
        ['onerror', payload],
      ]),
      safeElement('p', [], joinSafe([safeElement('svg', attributes), safeText(payload)])),
    ])
      assertOnlyAllowed(html);
    expect(safeElement('script', [], safeText(payload))).toBe('');
  });

  it('a link a script put inside a link leaves its text in the outer one (no nested <a> to re-parse)', () => {
    const document = new JSDOM('').window.document;
    const paragraph = document.createElement('p');
    const outer = document.createElement('a');
    outer.setAttribute('href', '/van-ban/1');
    outer.append('Quyết định ');
    const inner = document.createElement('a');
    inner.setAttribute('href', '/van-ban/2');
    inner.append('số 12 & <mẫu>');
    outer.append(inner, ' kèm theo');
    paragraph.append(outer);
    const root = document.createElement('div');
    root.append(paragraph);
    const [draft] = buildBlocks(root, 'https://example.gov.vn/a/', null);
    expect(draft?.block).toEqual({
      type: 'paragraph',
      text: 'Quyết định số 12 & <mẫu> kèm theo',
      html: '<a href="https://example.gov.vn/van-ban/1">Quyết định số 12 &amp; &lt;mẫu&gt; kèm theo</a>',
    });
    expect(draft?.linkTexts).toEqual(['Quyết định số 12 & <mẫu> kèm theo', 'số 12 & <mẫu>']);
  });

  it("extractArticle's HTML comes back unchanged from sanitizeHtml (jsdom, DOMPurify + allowlist)", () => {
    const sanitizerDocument = new JSDOM('').window.document;
    const pages = loadPages().filter((page) => page.gold.is_article);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const document = parseHTML(page.html).document as unknown as Document;
      const result = extractArticle(document, { url: page.gold.url });
      if ('notAnArticle' in result) throw new Error(`${page.name}: not an article`);
      expect(result.html.length, page.name).toBeGreaterThan(100);
      expect(sanitizeHtml(result.html, sanitizerDocument), page.name).toBe(result.html);
    }
  });
});
