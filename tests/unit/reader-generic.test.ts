import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericArticle } from '../../extension/lib/reader/generic-article';
import { renderArticle } from '../../extension/lib/reader/render-article';
import { textUnits } from '../../extension/lib/reader/text-map';

const XSS_PAGE = readFileSync(
  path.join(import.meta.dirname, '..', 'fixtures', 'xss', 'xss-article.html'),
  'utf8',
).replaceAll('__TRIPWIRE__', 'http://127.0.0.1:9/tripwire');

const identity = (key: string) => key;

describe('generic reader', () => {
  it('turns Readability output into text blocks laid out like Article.text', () => {
    const article = genericArticle(XSS_PAGE, 'http://127.0.0.1/xss', new DOMParser())!;
    expect(article).not.toBeNull();
    expect(article.cms).toBe('generic');
    expect(article.text).toContain('cải cách hành chính');
    document.body.innerHTML = '';
    const rendered = renderArticle(
      article,
      'http://127.0.0.1/xss',
      { sanitize: null, t: identity },
      document,
    );
    expect(rendered.layoutMatches).toBe(true);
    for (const unit of textUnits(rendered.root)) {
      expect(article.text.slice(unit.start, unit.end)).toBe(unit.element.textContent);
    }
  });

  it('keeps nothing executable from a page full of payloads', () => {
    const article = genericArticle(XSS_PAGE, 'http://127.0.0.1/xss', new DOMParser())!;
    document.body.innerHTML = '';
    const rendered = renderArticle(
      article,
      'http://127.0.0.1/xss',
      { sanitize: null, t: identity },
      document,
    );
    document.body.append(rendered.header, rendered.root);
    const bad = document.body.querySelectorAll(
      'script, iframe, object, embed, base, meta, link, form, svg, math, template, style, input, textarea, select, video, audio',
    );
    expect(Array.from(bad, (element) => element.tagName)).toEqual([]);
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      for (const name of element.getAttributeNames()) {
        expect(name.startsWith('on')).toBe(false);
        if (name === 'href' || name === 'src')
          expect(element.getAttribute(name)).toMatch(/^https?:/);
      }
    }
  });

  it('returns null for a page with no readable content', () => {
    expect(
      genericArticle('<html><body></body></html>', 'http://127.0.0.1/', new DOMParser()),
    ).toBeNull();
  });
});
