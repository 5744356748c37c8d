/**
 * The selectors compiled by css-select (`article/css-match.ts`) and answered from the document
 * index behind `selectAll`/`selectOne`/`closestMatch` must answer exactly as the DOM's own
 * `querySelectorAll` would: every selector the profiles and pipeline use, on every corpus page,
 * under happy-dom, linkedom and jsdom.
 */
import { createRequire } from 'node:module';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileSelector } from '../../packages/core/src/article/css-match';
import {
  allElements,
  closestMatch,
  forgetSelectorIndex,
  selectAll,
  selectEachLater,
  selectOne,
} from '../../packages/core/src/article/dom';
import { PROFILES } from '../../packages/core/src/profiles';
import { GENERIC_FIELDS } from '../../packages/core/src/profiles/generic';
import {
  GENERIC_NOISE_SELECTORS,
  NEVER_CONTENT_SELECTOR,
} from '../../packages/core/src/noise/selectors';
import { loadPages } from '../corpus/scoring';

function profileSelectors(): string[] {
  const selectors = new Set<string>();
  for (const profile of PROFILES) {
    const lists = [
      profile.detect.selectors,
      profile.title,
      profile.date,
      profile.lead,
      profile.body,
      profile.author,
      profile.source,
      profile.tags,
      profile.attachments,
      profile.leadImage,
      profile.leadImageCaption,
      profile.noise,
      profile.listing?.selectors,
    ];
    for (const list of lists) for (const selector of list ?? []) selectors.add(selector);
  }
  for (const list of Object.values(GENERIC_FIELDS))
    for (const selector of list) selectors.add(selector);
  for (const { selector } of GENERIC_NOISE_SELECTORS) selectors.add(selector);
  selectors.add(NEVER_CONTENT_SELECTOR);
  return [...selectors];
}

/** Selector shapes the profiles do not use (yet): combinators, pseudo-classes, odd spacing. */
const EXTRA_SELECTORS = [
  'div > p',
  'ul li + li',
  'h2 ~ p',
  'p:first-child',
  'li:last-child',
  'td:first-of-type',
  'div:not(.content, #main) > a[href]',
  'a[href^="http"]',
  'a[href$=".pdf"]',
  '[class~=active]',
  '[lang|=vi]',
  'DIV.Content',
  '*',
  'body  >  div',
  'span , em',
  // Beyond what the profiles use, compared all the same: escapes, nth, logical, flags.
  '#a\\:b, p:nth-child(2n+1)',
  'li:nth-last-of-type(2), p:only-child',
  ':is(h1, h2) + p, :where(nav) a',
  '[class*=MENU i]',
];

const pages = loadPages();

// jsdom ships no type declarations (and @types/jsdom is not installed): type the one class we use.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url: string }) => { window: { document: Document } };
};

const DOMS: Record<string, (html: string) => Document> = {
  'happy-dom': (html) =>
    new new Window({ url: 'https://example.invalid/' }).DOMParser().parseFromString(
      html,
      'text/html',
    ) as unknown as Document,
  linkedom: (html) => parseHTML(html).document as unknown as Document,
  jsdom: (html) => new JSDOM(html, { url: 'https://example.invalid/' }).window.document,
};

/**
 * The DOM's answer in document order (happy-dom 21 returns some combinator matches out of order;
 * linkedom's compareDocumentPosition cannot be trusted to sort them, so positions come from a walk).
 */
function nativeAll(root: ParentNode, selector: string, order: Map<Element, number>): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector)).sort(
      (a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1),
    );
  } catch {
    return [];
  }
}

function documentOrder(root: ParentNode): Map<Element, number> {
  return new Map(allElements(root).map((element, index) => [element, index]));
}

/**
 * Elements as their positions in document order: `toEqual` compares DOM nodes by structure
 * (`isEqualNode`), so two look-alike elements would pass for each other; positions tell them apart.
 */
function positions(elements: readonly Element[], order: Map<Element, number>): number[] {
  return elements.map((element) => order.get(element) ?? -1);
}

describe('compiled selectors', () => {
  it('compile every selector the profiles and pipeline use', () => {
    const unsupported = profileSelectors().filter((selector) => compileSelector(selector) === null);
    expect(unsupported).toEqual([]);
  });

  it('leave state, scope, non-CSS pseudo-classes and invalid selectors to the DOM', () => {
    for (const selector of [
      'a:hover',
      'input:checked',
      'div:empty',
      ':scope > p',
      'p:contains(x)',
      'p::before',
      'svg|a',
      'p:nth-child(x)',
      'div >',
      '> p',
      'div,',
      '',
    ])
      expect(compileSelector(selector), selector).toBeNull();
  });

  for (const [domName, parse] of Object.entries(DOMS)) {
    // happy-dom 21 answers `a ~ b` with only some of the matches: sibling combinators and the
    // extra shapes are checked against linkedom's css-select and jsdom's nwsapi.
    const selectors =
      domName === 'happy-dom'
        ? profileSelectors().filter((selector) => !/[~+]/.test(selector))
        : [...profileSelectors(), ...EXTRA_SELECTORS];
    it(`match as querySelectorAll does on every corpus page under ${domName}`, () => {
      let compared = 0;
      for (const page of pages) {
        const document = parse(page.html);
        const body = document.body ?? document.documentElement;
        const inner = allElements(body).find((element) => element.children.length > 3) ?? body;
        const order = documentOrder(document);
        // happy-dom 21 also lets an element's querySelectorAll see only ancestors inside it
        // (browsers and linkedom match `.a .b` whatever the scope): element scopes on linkedom.
        const roots: ParentNode[] = domName === 'linkedom' ? [document, body, inner] : [document];
        for (const selector of selectors) {
          for (const root of roots) {
            const expected = nativeAll(root, selector, order);
            expect(positions(selectAll(root, selector), order), `${page.name} ${selector}`).toEqual(
              positions(expected, order),
            );
            expect(selectOne(root, selector), `${page.name} ${selector}`).toBe(expected[0] ?? null);
            compared++;
          }
        }
        // Detached subtrees are walked instead of indexed: same answers.
        const copy = inner.cloneNode(true) as Element;
        const copyOrder = documentOrder(copy);
        for (const selector of selectors)
          expect(
            positions(selectAll(copy, selector), copyOrder),
            `${page.name} detached ${selector}`,
          ).toEqual(positions(nativeAll(copy, selector, copyOrder), copyOrder));
        forgetSelectorIndex(document);
      }
      expect(compared).toBeGreaterThanOrEqual(pages.length * selectors.length);
    });
  }

  it('closest walks up with the same answers as Element.closest', () => {
    const document = DOMS['happy-dom']!(
      '<!doctype html><nav id="n"><div class="a b"><p><span>x</span></p></div></nav><footer><em>y</em></footer>',
    );
    const span = document.querySelector('span') as Element;
    const em = document.querySelector('em') as Element;
    for (const selector of ['nav', '.b', 'div > p', 'footer, nav', 'section', '#n div']) {
      expect(closestMatch(span, selector)).toBe(span.closest(selector));
      expect(closestMatch(em, selector)).toBe(em.closest(selector));
    }
  });

  it('compares values of the HTML case-insensitive attributes case-insensitively (HTML §4.16.2)', () => {
    const document = DOMS.linkedom!(
      '<!doctype html><body><input type="TEXT"><div data-kind="Photo"></div><div type="Photo"></div></body>',
    );
    expect(selectAll(document, '[type=text]').map((element) => element.tagName)).toEqual(['INPUT']);
    expect(selectAll(document, '[data-kind=photo]')).toEqual([]);
    expect(selectAll(document, 'div:not([type=photo])')).toHaveLength(1);
  });

  it('matches a whole selector list in one walk as selectAll does per selector, removals included', () => {
    const selectors = profileSelectors();
    for (const page of pages) {
      const body = DOMS.linkedom!(page.html).body;
      const root = body.cloneNode(true) as Element;
      const order = documentOrder(root);
      const later = selectEachLater(root, selectors);
      selectors.forEach((selector, index) => {
        expect(positions(later(index), order), `${page.name} ${selector}`).toEqual(
          positions(selectAll(root, selector), order),
        );
        // Remove the first match: later lists must no longer hold it or anything inside it.
        selectAll(root, selector)[0]?.remove();
      });
    }
  });

  it('matches attribute tests in one walk with the case rules of selectAll (class and id as written unless `i`)', () => {
    const document = DOMS.linkedom!(
      '<!doctype html><html><body><div class="ShareBox" id="CommentList"><p lang="EN-gb" class="share">a</p>' +
        '<input type="TEXT"><span id="comment-2" class="x SHARE">b</span></div></body></html>',
    );
    const selectors = [
      '[class*=share]',
      '[class*=share i]',
      '[class*=Share]',
      '[class^=SHARE]',
      '[id*=comment]',
      '[id*=comment i]',
      '[id^=Comment]',
      '[lang|=en]',
      '[type=text]',
    ];
    const later = selectEachLater(document.body, selectors);
    selectors.forEach((selector, index) => {
      expect(later(index), selector).toEqual(selectAll(document.body, selector));
    });
    expect(selectors.map((_, index) => later(index).length)).toEqual([1, 3, 1, 0, 1, 2, 1, 1, 1]);
  });

  it('compares ids and classes case-insensitively in quirks mode only, as browsers do', () => {
    const markup =
      '<body><div id="Main" class="Box Wide"><p class="Note">a</p></div><p class="note">b</p></body>';
    const quirks = DOMS.jsdom!(markup);
    const standard = DOMS.jsdom!(`<!doctype html>${markup}`);
    expect(quirks.compatMode).toBe('BackCompat');
    expect(standard.compatMode).toBe('CSS1Compat');
    const texts = (document: Document, selector: string) =>
      selectAll(document, selector).map((element) => element.textContent);
    expect(texts(quirks, '#main .note')).toEqual(['a']);
    expect(texts(quirks, '.NOTE')).toEqual(['a', 'b']);
    expect(texts(quirks, 'div.box.WIDE > p')).toEqual(['a']);
    // Attribute selectors keep their own case rules in quirks mode.
    expect(texts(quirks, '[class=note]')).toEqual(['b']);
    expect(texts(standard, '#main .note')).toEqual([]);
    expect(texts(standard, '.Note')).toEqual(['a']);
    expect(texts(standard, '.NOTE')).toEqual([]);
    const later = selectEachLater(quirks.body, ['.NOTE', '#MAIN']);
    expect(later(0).map((element) => element.textContent)).toEqual(['a', 'b']);
    expect(later(1)).toHaveLength(1);
  });

  it('sees removals made after the index was built', () => {
    const document = DOMS.linkedom!(
      '<!doctype html><body><div class="x"><p class="y">a</p></div><p class="y">b</p></body>',
    );
    expect(selectAll(document, '.y')).toHaveLength(2);
    document.querySelector('div.x')?.remove();
    expect(selectAll(document, '.y').map((element) => element.textContent)).toEqual(['b']);
  });
});
