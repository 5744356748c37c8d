/**
 * The page as the steps after noise removal see it. On the profile path only the article root is
 * copied (the caller's document is never changed, and copying a whole page costs as much as
 * parsing it); the later steps that look around the root (the date printed near the title, a
 * labelled byline anywhere) must still see the page with that root CLEANED, as if the whole page
 * had been copied and cleaned in place. A view answers their questions, document order, text,
 * containment and ancestry, over "the caller's page with the root replaced by its cleaned copy".
 */
import { closestMatch, isElement, textOf, cleanText } from './dom';

export interface PageView {
  /**
   * Elements under `<body>` (or the root element) in document order, each with how many characters
   * of its text are not white space (as `cleanText` counts them): a cheap bound before reading a
   * whole text. Built by one walk, the first time it is asked.
   */
  layout(): PageLayout;
  /** `textOf` as the view's page would answer it. */
  text(element: Element): string;
  /** Whether `ancestor` contains `element` (or is it) in the view's page. */
  contains(ancestor: Element, element: Element): boolean;
  /** `closest(selector)` in the view's page, for lists of compound selectors. */
  closest(element: Element, selector: string): Element | null;
}

export interface PageLayout {
  elements: readonly Element[];
  /** `sizes[i]`: the non-space length of `elements[i]`'s raw text. */
  sizes: readonly number[];
}

const SPACE_RUN = /[\s\u00A0\u202F\u2000-\u200B\uFEFF]+/gu;

export function nonSpaceLength(text: string): number {
  return text.replace(SPACE_RUN, '').length;
}

/**
 * NFC composes at most four UTF-16 units into one (U+1F82 is four in NFD): a text whose raw
 * non-space length is `size` has at least `size / 4` characters once cleaned.
 */
export const MAX_NFC_SHRINK = 4;

/**
 * The elements under `top` in document order with their sizes (sums over their subtrees),
 * reading `replacement.to` where the page has `replacement.from`: one walk over the page, node by
 * node (linkedom builds an array for every `childNodes` read).
 */
function layoutUnder(top: Element, replacement: { from: Element; to: Element } | null): PageLayout {
  const elements: Element[] = [];
  const sizes: number[] = [];
  const start = replacement && top === replacement.from ? replacement.to : top;
  /** Where the walk goes on from a node: the detached clean root stands where the source root is. */
  const inPage = (node: Node): Node =>
    replacement && node === replacement.to ? replacement.from : node;
  /** Positions of the open elements, innermost last; sizes hold running totals until closed. */
  const open: number[] = [];
  let size = 0;
  const close = () => {
    const position = open.pop() as number;
    sizes[position] = size - (sizes[position] as number);
  };
  let node: Node | null = start.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3 || type === 4) {
      size += nonSpaceLength((node as CharacterData).data);
    } else if (isElement(node)) {
      const element = replacement && node === replacement.from ? replacement.to : node;
      open.push(elements.length);
      elements.push(element);
      sizes.push(size);
      if (element.firstChild) {
        node = element.firstChild;
        continue;
      }
      close();
      node = element;
    }
    // The subtree of `node` is done: on to its next sibling, closing the elements left behind.
    let current = inPage(node);
    node = null;
    for (;;) {
      if (current.nextSibling) {
        node = current.nextSibling;
        break;
      }
      const parent: Node | null = current.parentNode;
      if (!parent || parent === start) break;
      close();
      current = inPage(parent);
    }
  }
  return { elements, sizes };
}

function pageBody(document: Document): Element {
  return document.body ?? document.documentElement;
}

/**
 * The document as it is. Views are classes: their methods live on the prototype, so a view costs
 * one object per extraction instead of a closure per question it can answer.
 */
class DocumentView implements PageView {
  /** A view lives for one extraction: its layout, once built, is kept until then. */
  private computed: PageLayout | null = null;

  constructor(private readonly document: Document) {}

  layout(): PageLayout {
    return (this.computed ??= layoutUnder(pageBody(this.document), null));
  }

  text(element: Element): string {
    return textOf(element);
  }

  contains(ancestor: Element, element: Element): boolean {
    return ancestor.contains(element);
  }

  closest(element: Element, selector: string): Element | null {
    return closestMatch(element, selector);
  }
}

export function documentView(document: Document): PageView {
  return new DocumentView(document);
}

/**
 * `document` with `sourceRoot` replaced by `cleanRoot`, a detached copy of it that noise removal
 * has changed. `document` itself is only read.
 */
class ReplacedRootView implements PageView {
  private computed: PageLayout | null = null;

  constructor(
    private readonly document: Document,
    private readonly sourceRoot: Element,
    private readonly cleanRoot: Element,
  ) {}

  private inClean(element: Element): boolean {
    return element === this.cleanRoot || this.cleanRoot.contains(element);
  }

  layout(): PageLayout {
    return (this.computed ??= layoutUnder(pageBody(this.document), {
      from: this.sourceRoot,
      to: this.cleanRoot,
    }));
  }

  /** Ancestors of the source root get their text with the clean root's text in its place. */
  text(element: Element): string {
    const { sourceRoot, cleanRoot } = this;
    if (this.inClean(element) || !element.contains(sourceRoot)) return textOf(element);
    if (element === sourceRoot) return textOf(cleanRoot);
    let raw = '';
    const stack: Node[] = [element];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      if (node === sourceRoot) {
        raw += cleanRoot.textContent ?? '';
        continue;
      }
      if (node.nodeType === 3 || node.nodeType === 4) {
        raw += (node as CharacterData).data;
        continue;
      }
      if (!isElement(node) && node !== element) continue;
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    }
    return cleanText(raw);
  }

  contains(ancestor: Element, element: Element): boolean {
    if (this.inClean(element)) {
      if (this.inClean(ancestor)) return ancestor.contains(element);
      return ancestor.contains(this.sourceRoot);
    }
    return !this.inClean(ancestor) && ancestor.contains(element);
  }

  closest(element: Element, selector: string): Element | null {
    if (!this.inClean(element)) return closestMatch(element, selector);
    // The copy up to its root, then the source root's ancestors. Compound selectors only
    // (`nav, footer, .footer`): a combinator inside the copy cannot see past its root.
    const found = closestMatch(element, selector);
    if (found || !this.sourceRoot.parentElement) return found;
    return closestMatch(this.sourceRoot.parentElement, selector);
  }
}

export function replacedRootView(
  document: Document,
  sourceRoot: Element,
  cleanRoot: Element,
): PageView {
  return new ReplacedRootView(document, sourceRoot, cleanRoot);
}
