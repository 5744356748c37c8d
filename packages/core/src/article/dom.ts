/**
 * Small DOM helpers shared by the pipeline steps. They only use what happy-dom, linkedom,
 * jsdom and real browsers all implement (no `innerText`, no layout, no computed styles).
 */
import {
  alternativeMatches,
  CLASS_SEPARATOR,
  classAttribute,
  compileSelector,
  compileSelectorSet,
  matchContextOf,
  matchSelectorSet,
  selectorMatches,
  type CompiledAlternative,
  type CompiledSelector,
  type CompoundKeys,
  type MatchContext,
  type SelectorSet,
} from './css-match';
import { isWhiteSpaceCode } from '../unicode/white-space';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/**
 * The lower-case tag name. `localName` already is one for every element an HTML parser makes
 * (read first: linkedom builds `tagName` by upper-casing it on every read); elements created by
 * code with an upper-case name, or with a prefix, take the long way.
 */
export function tagName(element: Element): string {
  const local = element.localName;
  if (local && !element.prefix && local === local.toLowerCase()) return local;
  return element.tagName.toLowerCase();
}

/**
 * The white space `collapseWhitespace` changes: a run of two or more characters, or one that is
 * not U+0020 (`[\s\u200B]` is its set). A lone space already is what it writes, and most
 * spaces of a text are lone: replacing only the others does the same in far fewer steps.
 */
const CHANGED_WHITE_SPACE = /[\s\u200B]{2,}|[^\S ]|\u200B/g;

/** Every run of white space as one U+0020, replacing only the runs that are not one already. */
export function oneSpacePerRun(value: string): string {
  return value.replace(CHANGED_WHITE_SPACE, ' ');
}

/** `collapseWhitespace(value)` from `oneSpacePerRun`. */
export function collapseSpaces(value: string): string {
  return oneSpacePerRun(value).trim();
}

/** NFC text with every run of white space (NBSP included) collapsed to one space, trimmed. */
export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  return collapseSpaces(value.normalize('NFC'));
}

export function textOf(node: Node | null | undefined): string {
  return cleanText(node?.textContent ?? '');
}

/** `value.replace(/\s/g, '').length` without building the copy. */
export function nonWhiteSpaceCount(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++)
    if (!isWhiteSpaceCode(value.charCodeAt(index))) count++;
  return count;
}

const NOT_SPACE = /[^\s\u00A0\u202F\u2000-\u200B\uFEFF]/u;

/**
 * `textOf(node) !== ''` without building the text: stops at the first text node with a character
 * `cleanText` keeps (a whole page's text, normalized, only to test that it is not empty).
 */
export function hasText(node: Node): boolean {
  if (node.nodeType === TEXT_NODE || node.nodeType === 4)
    return NOT_SPACE.test((node as CharacterData).data);
  // Node by node (`firstChild`/`nextSibling`): linkedom builds an array for every `childNodes` read.
  let current: Node | null = node.firstChild;
  while (current) {
    const type = current.nodeType;
    if (type === TEXT_NODE || type === 4) {
      if (NOT_SPACE.test((current as CharacterData).data)) return true;
    } else if (type === ELEMENT_NODE && current.firstChild) {
      current = current.firstChild;
      continue;
    }
    current = nodeAfter(current, node);
  }
  return false;
}

/** The node after `node`'s subtree in document order, within `root` (null at its end). */
export function nodeAfter(node: Node, root: Node): Node | null {
  for (let current: Node | null = node; current && current !== root; current = current.parentNode)
    if (current.nextSibling) return current.nextSibling;
  return null;
}

/**
 * Every element under `root` in document order, iteratively (10,000-deep pages), without
 * `getElementsByTagName('*')`, which linkedom answers with an empty list, nor a `children` array
 * per element (linkedom builds one per read). Template contents count where the DOM keeps them
 * inline (linkedom), as `children` did.
 */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  walkElements(root, (element) => void out.push(element), { intoTemplates: true });
  return out;
}

/**
 * Calls `visit` on every element under `root` in document order, without building arrays
 * (linkedom's `children` makes one per call). Template contents are not part of the tree, as
 * in browsers (linkedom keeps them inline) unless `intoTemplates` asks for what such a DOM keeps
 * there. `visit` returns true to stop the walk.
 */
export function walkElements(
  root: ParentNode,
  visit: (element: Element) => boolean | void,
  options: { intoTemplates?: boolean } = {},
): void {
  const intoTemplates = options.intoTemplates === true;
  let element = root.firstElementChild;
  while (element) {
    if (visit(element) === true) return;
    const child =
      !intoTemplates && tagName(element) === 'template' ? null : element.firstElementChild;
    if (child) {
      element = child;
      continue;
    }
    let next: Element | null = null;
    for (let current: Element | null = element; current && !next;) {
      next = current.nextElementSibling;
      if (next) break;
      const parent: Node | null = current.parentNode;
      current =
        parent && parent !== root && parent.nodeType === ELEMENT_NODE ? (parent as Element) : null;
    }
    element = next;
  }
}

/**
 * Elements of a document by id, class and tag, from one walk: profiles name dozens of ids and
 * classes (most of them other families'), and a compiled selector only needs to look at the
 * elements its rightmost part names. The pipeline only removes elements from the documents it
 * queries, so results are checked to be still attached; `forgetSelectorIndex` is for the one step
 * that adds classes and for documents the caller may change after we return.
 */
interface SelectorIndex {
  elements: Element[];
  /** `tagName(elements[i])`. */
  tags: string[];
  /** Document-order positions, built when a comma list first needs its matches merged. */
  order: Map<Element, number> | null;
  byId: Map<string, Element[]>;
  byClass: Map<string, Element[]>;
  /** Elements by tag, filed the first time a selector keyed only by that tag asks. */
  byTag: Map<string, Element[]>;
  withId: Element[];
  withClass: Element[];
  /** Every id / class attribute value, each between newlines: substring tests answered at once. */
  idValues: string;
  classValues: string;
  context: MatchContext;
}

const selectorIndexes = new WeakMap<Document, SelectorIndex>();

export function forgetSelectorIndex(document: Document): void {
  selectorIndexes.delete(document);
}

function pushTo(map: Map<string, Element[]>, key: string, element: Element): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== element) list.push(element);
  } else map.set(key, [element]);
}

function selectorIndex(document: Document): SelectorIndex {
  let index = selectorIndexes.get(document);
  if (index) return index;
  const context = matchContextOf(document);
  const elements: Element[] = [];
  const tags: string[] = [];
  const byId = new Map<string, Element[]>();
  const byClass = new Map<string, Element[]>();
  const byTag = new Map<string, Element[]>();
  const withId: Element[] = [];
  const withClass: Element[] = [];
  const idValues: string[] = [];
  const classValues: string[] = [];
  // The walk of `walkElements` written out: one `tagName` per element and no callback, since
  // this visits every element of the page before anything else can run.
  const quirks = context.quirks;
  let element = document.firstElementChild;
  while (element) {
    const tag = tagName(element);
    elements.push(element);
    tags.push(tag);
    const id = element.getAttribute('id');
    if (id !== null) {
      withId.push(element);
      idValues.push(id);
      pushTo(byId, quirks ? id.toLowerCase() : id, element);
    }
    const classes = classAttribute(element);
    if (classes !== null) {
      withClass.push(element);
      classValues.push(classes);
      // Most elements carry one class: no split then.
      if (CLASS_SEPARATOR.test(classes)) {
        for (const name of classes.split(CLASS_SEPARATOR))
          if (name) pushTo(byClass, quirks ? name.toLowerCase() : name, element);
      } else if (classes) pushTo(byClass, quirks ? classes.toLowerCase() : classes, element);
    }
    // Template contents are not part of the tree (see `walkElements`).
    const child = tag === 'template' ? null : element.firstElementChild;
    if (child) {
      element = child;
      continue;
    }
    let next: Element | null = null;
    for (let current: Element | null = element; current;) {
      next = current.nextElementSibling;
      if (next) break;
      const parent: Node | null = current.parentNode;
      current =
        parent && parent !== document && parent.nodeType === ELEMENT_NODE
          ? (parent as Element)
          : null;
    }
    element = next;
  }
  index = {
    elements,
    tags,
    order: null,
    byId,
    byClass,
    byTag,
    withId,
    withClass,
    idValues: `\n${idValues.join('\n')}\n`,
    classValues: `\n${classValues.join('\n')}\n`,
    context,
  };
  selectorIndexes.set(document, index);
  return index;
}

/**
 * Every element of the document in document order with its lower-case tag name, from the
 * selector index's walk (so a step that scans by tag does not walk the page again).
 */
export function documentElements(document: Document): {
  elements: readonly Element[];
  tags: readonly string[];
} {
  const { elements, tags } = selectorIndex(document);
  return { elements, tags };
}

function orderOf(index: SelectorIndex): Map<Element, number> {
  index.order ??= new Map(index.elements.map((element, position) => [element, position]));
  return index.order;
}

const NO_ELEMENTS: readonly Element[] = [];

/**
 * Whether some id or class value of the document can pass an attribute test (values are held
 * between newlines, which attribute values of ids and classes do not contain in practice; a value
 * that does only makes this answer "maybe").
 */
function valuesAllow(values: string, action: string, value: string): boolean {
  switch (action) {
    case 'equals':
      return values.includes(`\n${value}\n`);
    case 'start':
      return values.includes(`\n${value}`);
    case 'end':
      return values.includes(`${value}\n`);
    case 'any':
      return values.includes(value);
    default:
      return true;
  }
}

/**
 * Whether every id and class the alternative names (its subject's and its ancestors' and
 * siblings') is on some element of the document: profiles name many of other families'.
 */
function keysPresent(index: SelectorIndex, alternative: CompiledAlternative): boolean {
  const quirks = index.context.quirks;
  for (const id of alternative.requiredIds)
    if (!index.byId.has(quirks ? id.toLowerCase() : id)) return false;
  for (const name of alternative.requiredClasses)
    if (!index.byClass.has(quirks ? name.toLowerCase() : name)) return false;
  return true;
}

/** The document's elements with tag `tag`, filed on first request. */
function elementsByTag(index: SelectorIndex, tag: string): readonly Element[] {
  let found = index.byTag.get(tag);
  if (!found) {
    found = [];
    const { elements, tags } = index;
    for (let i = 0; i < tags.length; i++) if (tags[i] === tag) found.push(elements[i] as Element);
    index.byTag.set(tag, found);
  }
  return found;
}

/** The fewest elements that can match `compound`, from the index (all of them when unkeyed). */
function candidatesFor(index: SelectorIndex, compound: CompoundKeys): readonly Element[] {
  // Plain loops, no closures: this runs for every selector asked of a document.
  let best: readonly Element[] = index.elements;
  const quirks = index.context.quirks;
  for (const id of compound.ids) {
    const found = index.byId.get(quirks ? id.toLowerCase() : id) ?? NO_ELEMENTS;
    if (found.length < best.length) best = found;
  }
  for (const name of compound.classes) {
    const found = index.byClass.get(quirks ? name.toLowerCase() : name) ?? NO_ELEMENTS;
    if (found.length < best.length) best = found;
  }
  // A tag narrows a compound with an id or a class little: only tag-keyed ones look it up.
  if (compound.tag !== null && best === index.elements) best = elementsByTag(index, compound.tag);
  for (const test of compound.attributes) {
    if (test.name !== 'id' && test.name !== 'class') continue;
    const values = test.name === 'id' ? index.idValues : index.classValues;
    // Values are indexed as written: only a case-sensitive test can rule the document out.
    if (test.ignoreCase !== true && !valuesAllow(values, test.action, test.value))
      return NO_ELEMENTS;
    const found = test.name === 'id' ? index.withId : index.withClass;
    if (found.length < best.length) best = found;
  }
  return best;
}

/** The document `root` is attached to, or null (fragments and detached subtrees). */
function attachedDocument(root: ParentNode): Document | null {
  // Walk up rather than trust `ownerDocument`/`isConnected`: linkedom gets both wrong in clones.
  let top: Node = root as Node;
  while (top.parentNode) top = top.parentNode;
  return top.nodeType === 9 ? (top as Document) : null;
}

function isInside(element: Element, root: ParentNode): boolean {
  for (let current = element.parentNode; current; current = current.parentNode)
    if (current === root) return true;
  return false;
}

/** Matches of a compiled selector under `root`, in document order. */
function selectCompiled(root: ParentNode, selector: CompiledSelector, first: boolean): Element[] {
  const document = attachedDocument(root);
  if (!document) {
    const found: Element[] = [];
    const context = matchContextOf(root as Node);
    walkElements(root, (element) => {
      if (!selectorMatches(element, selector, context)) return false;
      found.push(element);
      return first;
    });
    return found;
  }
  const index = selectorIndex(document);
  const found: Element[] = [];
  const single = selector.alternatives.length === 1;
  const seen = single ? null : new Set<Element>();
  for (const alternative of selector.alternatives) {
    if (!keysPresent(index, alternative)) continue;
    for (const element of candidatesFor(index, alternative.subject)) {
      if (seen?.has(element)) continue;
      if (!alternativeMatches(element, alternative, index.context)) continue;
      if (!isInside(element, root)) continue;
      found.push(element);
      seen?.add(element);
      if (first && single) return found;
    }
  }
  if (!single) {
    const order = orderOf(index);
    found.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }
  return first ? found.slice(0, 1) : found;
}

/** querySelectorAll that never throws (an unsupported selector in one DOM just matches nothing). */
export function selectAll(root: ParentNode, selector: string): Element[] {
  const compiled = compileSelector(selector);
  if (compiled) return selectCompiled(root, compiled, false);
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function selectOne(root: ParentNode, selector: string): Element | null {
  const compiled = compileSelector(selector);
  if (compiled) return selectCompiled(root, compiled, true)[0] ?? null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

interface PreparedSet {
  /** Per selector: in the set, or null when it is asked at read time. */
  compiled: (CompiledSelector | null)[];
  set: SelectorSet;
}

const selectorSets = new WeakMap<readonly string[], PreparedSet>();

function preparedSet(selectors: readonly string[]): PreparedSet {
  let prepared = selectorSets.get(selectors);
  if (!prepared) {
    const compiled = selectors.map((selector) => {
      const result = compileSelector(selector);
      return result && !result.dependsOnSiblings ? result : null;
    });
    prepared = { compiled, set: compileSelectorSet(compiled) };
    selectorSets.set(selectors, prepared);
  }
  return prepared;
}

/**
 * `selectors.map((selector) => selectAll(root, selector))` from ONE pass over `root`'s elements,
 * answered as of when each list is READ: the caller removes elements between reads, so a list
 * keeps only the elements still under `root` (removing elements never adds a match to these
 * selectors). Selectors whose matches can change when other elements go (sibling tests), or that
 * this matcher leaves to the DOM, are asked at read time. `selectors` should be a long-lived
 * array (a constant, a profile's list): its compiled set is kept for it.
 */
export interface SelectorCollector {
  /** Files an element of the root's subtree (not in a template), in document order. */
  visit(element: Element): void;
  /** The matches of `selectors[index]` under the root, as of now. */
  read(index: number): Element[];
}

/** A collector the caller feeds from its own walk (a step that walks the root anyway). */
export function collectSelectors(root: Element, selectors: readonly string[]): SelectorCollector {
  const { compiled, set } = preparedSet(selectors);
  const found: Element[][] = selectors.map(() => []);
  const context = matchContextOf(root);
  const matched: boolean[] = [];
  return {
    visit(element) {
      matched.length = 0;
      matchSelectorSet(element, set, context, matched);
      for (let index = 0; index < matched.length; index++)
        if (matched[index]) found[index]?.push(element);
    },
    read(index) {
      return compiled[index]
        ? (found[index] ?? []).filter((element) => isInside(element, root))
        : selectAll(root, selectors[index] as string);
    },
  };
}

/** `collectSelectors` fed by a walk of its own. */
export function selectEachLater(
  root: Element,
  selectors: readonly string[],
): (index: number) => Element[] {
  const collector = collectSelectors(root, selectors);
  walkElements(root, (element) => collector.visit(element));
  return (index) => collector.read(index);
}

/** `element.closest(selector)` that never throws. */
export function closestMatch(element: Element, selector: string): Element | null {
  const compiled = compileSelector(selector);
  if (!compiled) {
    try {
      return element.closest(selector);
    } catch {
      return null;
    }
  }
  const context = matchContextOf(element);
  for (let current: Element | null = element; current; current = current.parentElement)
    if (selectorMatches(current, compiled, context)) return current;
  return null;
}

/** Class names that hide an element by convention (Bootstrap, WordPress, screen-reader helpers). */
export const HIDDEN_CLASSES: ReadonlySet<string> = new Set([
  'hidden',
  'hide',
  'd-none',
  'sr-only',
  'screen-reader-text',
  'visually-hidden',
  'invisible',
]);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** A class of HIDDEN_CLASSES among the `\s`-separated names of a class attribute. */
const HIDDEN_CLASS_NAME = new RegExp(`(?:^|\\s)(?:${[...HIDDEN_CLASSES].join('|')})(?!\\S)`);

/** Hidden by markup alone (we have no layout): classes, `hidden`, inline style, `aria-hidden`. */
export function isMarkedHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  // Tested on the attribute as written: no array of its names per element (asked of every one).
  const classes = classAttribute(element);
  return classes !== null && HIDDEN_CLASS_NAME.test(classes);
}

/** True when the element or one of its ancestors is hidden by markup. */
export function isHiddenInTree(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (isMarkedHidden(current)) return true;
  }
  return false;
}

/** First visible element matched by the selectors, tried in order. */
export function firstVisible(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const element of selectAll(root, selector)) {
      if (!isHiddenInTree(element)) return element;
    }
  }
  return null;
}

/** Every visible element matched by the first selector that matches anything visible. */
export function allVisible(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = selectAll(root, selector).filter((element) => !isHiddenInTree(element));
    if (found.length > 0) return found;
  }
  return [];
}

export function removeElement(element: Element | ChildNode): void {
  element.parentNode?.removeChild(element);
}

/** Resolves a URL against a base; returns null for unusable or dangerous schemes. */
export function absoluteUrl(value: string | null | undefined, base: string | null): string | null {
  const raw = (value ?? '').trim();
  if (!raw || raw.startsWith('#')) return null;
  try {
    const url = base ? new URL(raw, base) : new URL(raw);
    if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return null;
    return url.href;
  } catch {
    return null;
  }
}

export function excerpt(value: string, max = 80): string {
  const text = cleanText(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Describes an element for the `removed[]` log when it has no text. */
export function describeElement(element: Element): string {
  const id = element.getAttribute('id');
  const cls = (element.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 2);
  return `<${tagName(element)}${id ? `#${id}` : ''}${cls.length ? `.${cls.join('.')}` : ''}>`;
}

export function elementExcerpt(element: Element): string {
  const text = textOf(element);
  return text ? excerpt(text) : describeElement(element);
}

export function isDocumentLike(value: unknown): value is Document {
  return (
    typeof value === 'object' &&
    value !== null &&
    'documentElement' in value &&
    'querySelectorAll' in value &&
    'createElement' in value
  );
}
