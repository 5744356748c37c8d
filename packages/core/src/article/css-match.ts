/**
 * CSS selectors compiled once per selector text by css-select (parsed by css-what), over the
 * standard DOM `Element` API, so every DOM (happy-dom, linkedom, jsdom, browsers) gets the same
 * answers at the same cost.
 *
 * Why not `querySelectorAll`: linkedom (the CLI's and the benchmark's DOM) compiles the selector
 * anew on every call and walks the whole tree for each one; a profile names dozens of selectors
 * per field, most of which match nothing. Why css-select: parsing and matching CSS is its whole
 * job (and linkedom's own engine), so we keep none of it by hand. What stays here is what makes
 * queries cheap and is not a selector engine: the compile-once cache, and the keys each comma
 * alternative names (its subject's tag, ids and classes, read from css-what's tokens) that let
 * `dom.ts` test only the elements its per-document id/class/tag index files under those keys.
 *
 * Selectors go to css-select when they use only structural and logical pseudo-classes. Those
 * whose answer depends on state or scope css-select cannot see through an adapter (`:hover`,
 * `:checked`, `:scope`…), jQuery extensions (`:contains`) and anything css-what or css-select
 * reject (pseudo-elements, namespaces, dangling combinators) compile to null: the caller asks
 * the DOM. Semantics are css-select's HTML ones: tag and attribute names case-insensitive,
 * values case-sensitive except HTML's case-insensitive attributes, and class and id values
 * case-insensitive in quirks mode only (css-select's `quirksMode`), as in browsers.
 */
import { compile, type Options } from 'css-select';
import {
  AttributeAction,
  isTraversal,
  parse,
  SelectorType,
  type AttributeSelector,
  type Selector,
} from 'css-what';

/** An attribute test of a compound, as css-what parsed it (`.a` is `class` `element` `a`). */
export type AttributeKey = Pick<AttributeSelector, 'name' | 'action' | 'value' | 'ignoreCase'>;

/** What an index can look up for one compound: its tag, ids, classes and attribute tests. */
export interface CompoundKeys {
  /** Lower-case tag name, or null for any. */
  tag: string | null;
  /** From `#id` (compared case-insensitively in quirks mode). */
  ids: string[];
  /** From `.class` (compared case-insensitively in quirks mode). */
  classes: string[];
  /** Every other attribute test (`[id^=x]`, `[class~=y]`, `[href]`…), in selector order. */
  attributes: AttributeKey[];
}

type ElementTest = (element: Element) => boolean;

/** One comma alternative of a selector. */
export interface CompiledAlternative {
  /** The rightmost compound: only elements carrying its keys can match. */
  subject: CompoundKeys;
  /** Every `#id` and `.class` named outside pseudo-classes, in any compound: all must exist. */
  requiredIds: string[];
  requiredClasses: string[];
  /** css-select's test for this alternative alone, per quirks mode (compiled when first asked). */
  tests: [standard: ElementTest | null, quirks: ElementTest | null];
  tokens: Selector[];
}

export interface CompiledSelector {
  source: string;
  alternatives: CompiledAlternative[];
  /** css-select's test for the whole comma list, per quirks mode (compiled when first asked). */
  tests: [standard: ElementTest | null, quirks: ElementTest | null];
  tokens: Selector[][];
  /**
   * Whether an element's match can change when OTHER elements are removed (sibling combinators,
   * `:first-of-type`, `:nth-child`…). Without these, removing elements only removes matches.
   */
  dependsOnSiblings: boolean;
}

/**
 * Pseudo-classes whose answer css-select derives from the tree alone, as browsers do. The others
 * need state (`:hover`, `:checked`), the query's scope (`:scope`), are not CSS (`:contains`) or
 * are answered otherwise than browsers answer them (css-select's `:empty` also takes an element
 * holding only white space, as a Selectors 4 draft once said; browsers do not).
 */
const TREE_PSEUDO_CLASSES = new Set([
  'not',
  'is',
  'where',
  'matches',
  'first-child',
  'last-child',
  'only-child',
  'first-of-type',
  'last-of-type',
  'only-of-type',
  'nth-child',
  'nth-last-child',
  'nth-of-type',
  'nth-last-of-type',
]);

/** Pseudo-classes whose subject's match follows its siblings' or children's presence. */
const SUBSELECT_PSEUDO_CLASSES = new Set(['not', 'is', 'where', 'matches']);

/** Whether css-select answers this alternative from the tree as the DOM would. */
function answeredFromTree(tokens: readonly Selector[]): boolean {
  // css-what accepts `div >` and an empty list; the DOM rejects them.
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last || isTraversal(first) || isTraversal(last)) return false;
  return tokens.every((token) => {
    if (token.type === SelectorType.PseudoElement) return false;
    if ('namespace' in token && token.namespace != null) return false;
    if (token.type !== SelectorType.Pseudo) return true;
    if (!TREE_PSEUDO_CLASSES.has(token.name)) return false;
    return !Array.isArray(token.data) || token.data.every(answeredFromTree);
  });
}

function dependsOnSiblings(tokens: readonly Selector[]): boolean {
  return tokens.some((token) => {
    if (token.type === SelectorType.Sibling || token.type === SelectorType.Adjacent) return true;
    if (token.type !== SelectorType.Pseudo) return false;
    if (!SUBSELECT_PSEUDO_CLASSES.has(token.name) || !Array.isArray(token.data)) return true;
    return token.data.some(dependsOnSiblings);
  });
}

function keysOf(tokens: readonly Selector[]): {
  subject: CompoundKeys;
  requiredIds: string[];
  requiredClasses: string[];
} {
  const requiredIds: string[] = [];
  const requiredClasses: string[] = [];
  let subject: CompoundKeys = { tag: null, ids: [], classes: [], attributes: [] };
  for (const token of tokens) {
    if (isTraversal(token)) {
      subject = { tag: null, ids: [], classes: [], attributes: [] };
    } else if (token.type === SelectorType.Tag) {
      subject.tag = token.name.toLowerCase();
    } else if (token.type === SelectorType.Attribute) {
      // `#a` and `.a` are css-what's only tokens with the "quirks" case mode.
      if (
        token.ignoreCase === 'quirks' &&
        token.name === 'id' &&
        token.action === AttributeAction.Equals
      ) {
        subject.ids.push(token.value);
        requiredIds.push(token.value);
      } else if (
        token.ignoreCase === 'quirks' &&
        token.name === 'class' &&
        token.action === AttributeAction.Element
      ) {
        subject.classes.push(token.value);
        requiredClasses.push(token.value);
      } else {
        const { name, action, value, ignoreCase } = token;
        subject.attributes.push({ name: name.toLowerCase(), action, value, ignoreCase });
      }
    }
  }
  return { subject, requiredIds, requiredClasses };
}

/** Compiled selectors by text: the texts come from code and profile data, so this stays small. */
const compiled = new Map<string, CompiledSelector | null>();

/** The compiled form of `selector`, or null when css-select does not answer it as the DOM would. */
export function compileSelector(selector: string): CompiledSelector | null {
  let result = compiled.get(selector);
  if (result !== undefined) return result;
  result = null;
  try {
    const tokens = parse(selector);
    if (tokens.length > 0 && tokens.every(answeredFromTree)) {
      result = {
        source: selector,
        tokens,
        tests: [null, null],
        alternatives: tokens.map((alternative) => ({
          ...keysOf(alternative),
          tokens: alternative,
          tests: [null, null],
        })),
        dependsOnSiblings: tokens.some(dependsOnSiblings),
      };
      // Compile now so that css-select's own rejections (unknown arguments…) land here too.
      testFor(result, false);
    }
  } catch {
    result = null;
  }
  compiled.set(selector, result);
  return result;
}

/** How the matcher compares class and id values (quirks-mode pages: case-insensitively). */
export interface MatchContext {
  quirks: boolean;
}

export function matchContextOf(node: Node): MatchContext {
  const document = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  return { quirks: document?.compatMode === 'BackCompat' };
}

/**
 * The raw `class` attribute. Read through the attribute node: linkedom answers
 * `getAttribute('class')` by building a token set and joining it, on every call.
 */
export function classAttribute(element: Element): string | null {
  return element.getAttributeNode('class')?.value ?? null;
}

/** The lower-case tag name (`localName` when it already is one: see `tagName` in dom.ts). */
function localName(element: Element): string {
  const local = element.localName;
  if (local && !element.prefix && local === local.toLowerCase()) return local;
  return element.tagName.toLowerCase();
}

function isElementNode(node: Node): node is Element {
  return node.nodeType === 1;
}

function elementSiblings(node: Node): Node[] {
  const parent = node.parentNode;
  return parent ? Array.from(parent.childNodes) : [node];
}

/** css-select's view of the standard DOM: every DOM we run on implements these reads. */
const DOM_ADAPTER: NonNullable<Options<Node, Element>['adapter']> = {
  isTag: isElementNode,
  getAttributeValue: (element, name) =>
    (name === 'class' ? classAttribute(element) : element.getAttribute(name)) ?? undefined,
  hasAttrib: (element, name) => element.hasAttribute(name),
  getName: localName,
  getParent: (element) => element.parentElement,
  getChildren: (node) => Array.from(node.childNodes),
  getSiblings: elementSiblings,
  prevElementSibling: (node) => (isElementNode(node) ? node.previousElementSibling : null),
  // Asked only by pseudo-classes we leave to the DOM (`:contains`, `:empty`).
  getText: (node) => node.textContent ?? '',
  removeSubsets: (nodes) =>
    nodes.filter(
      (node, index) =>
        nodes.indexOf(node) === index &&
        !nodes.some((other) => other !== node && other.contains(node)),
    ),
  equals: (a, b) => a === b,
};

function compileTokens(tokens: Selector[][], quirks: boolean): ElementTest {
  // css-select sorts and rewrites the tokens it is given: it gets its own copy.
  return compile<Node, Element>(structuredClone(tokens), {
    adapter: DOM_ADAPTER,
    quirksMode: quirks,
    // The pipeline removes elements between queries: no results kept across calls.
    cacheResults: false,
    relativeSelector: false,
  });
}

function testFor(selector: CompiledSelector, quirks: boolean): ElementTest {
  const slot = quirks ? 1 : 0;
  return (selector.tests[slot] ??= compileTokens(selector.tokens, quirks));
}

function alternativeTestFor(alternative: CompiledAlternative, quirks: boolean): ElementTest {
  const slot = quirks ? 1 : 0;
  return (alternative.tests[slot] ??= compileTokens([alternative.tokens], quirks));
}

/** Whether `element` matches one comma alternative of a compiled selector. */
export function alternativeMatches(
  element: Element,
  alternative: CompiledAlternative,
  context: MatchContext,
): boolean {
  return alternativeTestFor(alternative, context.quirks)(element);
}

export function selectorMatches(
  element: Element,
  selector: CompiledSelector,
  context: MatchContext,
): boolean {
  return testFor(selector, context.quirks)(element);
}

/**
 * Attributes whose values css-select compares case-sensitively when the selector has no `i` flag
 * (they are not on HTML's list of case-insensitive attributes): the ones noise selectors test
 * (`[class*=share]`, `[id*=comment]`) on every element.
 */
const CASE_SENSITIVE_VALUES = new Set(['class', 'id']);

/**
 * Whether an attribute value can pass a test in a standard-mode document, as a cheap prefilter
 * before css-select's own test: never false when the test would pass. Values whose case may not
 * matter (HTML's case-insensitive attributes, `i` flags) are compared lower-cased when they
 * differ; `class` and `id` values without an `i` flag are not (no lower-cased copy per test).
 */
export function valueMayPass(actual: string, key: AttributeKey): boolean {
  const { action, value } = key;
  if (action === AttributeAction.Exists || action === AttributeAction.Not || value === '')
    return true;
  if (valuePasses(actual, action, value)) return true;
  if (key.ignoreCase === false || key.ignoreCase === 'quirks') return false;
  if (key.ignoreCase !== true && CASE_SENSITIVE_VALUES.has(key.name)) return false;
  const lower = actual.toLowerCase();
  return lower !== actual && valuePasses(lower, action, value.toLowerCase());
}

function valuePasses(actual: string, action: AttributeKey['action'], value: string): boolean {
  switch (action) {
    case AttributeAction.Equals:
      return actual === value;
    case AttributeAction.Start:
    case AttributeAction.Hyphen:
      return actual.startsWith(value);
    case AttributeAction.End:
      return actual.endsWith(value);
    default:
      return actual.includes(value);
  }
}

/** What separates class names in a class attribute (HTML's ASCII white space). */
export const CLASS_SEPARATOR = /[ \t\n\f\r]+/;

/** One comma alternative of one selector of a set. */
interface SetEntry {
  selector: number;
  alternative: CompiledAlternative;
}

/**
 * Several selectors matched in ONE walk, the way browsers match style rules: each alternative is
 * filed under its subject's id, else a class, else its tag, so an element is only tested against
 * the alternatives that name what it carries (plus the few that name none of these).
 */
export interface SelectorSet {
  size: number;
  byId: Map<string, SetEntry[]>;
  byClass: Map<string, SetEntry[]>;
  byTag: Map<string, SetEntry[]>;
  /** Alternatives whose subject names only attribute tests (`[class*=share]`), by attribute. */
  byAttribute: Map<string, SetEntry[]>;
  /** `byAttribute`'s keys and values as arrays, read for every element (no iterator each time). */
  attributeNames: string[];
  attributeEntries: SetEntry[][];
  other: SetEntry[];
}

/** `null` entries (selectors asked some other way) are left out; indexes stay those of the list. */
export function compileSelectorSet(selectors: readonly (CompiledSelector | null)[]): SelectorSet {
  const set: SelectorSet = {
    size: selectors.length,
    byId: new Map(),
    byClass: new Map(),
    byTag: new Map(),
    byAttribute: new Map(),
    attributeNames: [],
    attributeEntries: [],
    other: [],
  };
  const file = (map: Map<string, SetEntry[]>, key: string, entry: SetEntry) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  selectors.forEach((selector, index) => {
    for (const alternative of selector?.alternatives ?? []) {
      const { subject } = alternative;
      const entry = { selector: index, alternative };
      if (subject.ids[0] !== undefined) file(set.byId, subject.ids[0], entry);
      else if (subject.classes[0] !== undefined) file(set.byClass, subject.classes[0], entry);
      else if (subject.tag !== null) file(set.byTag, subject.tag, entry);
      else if (subject.attributes[0] !== undefined)
        file(set.byAttribute, subject.attributes[0].name, entry);
      else set.other.push(entry);
    }
  });
  set.attributeNames = [...set.byAttribute.keys()];
  set.attributeEntries = [...set.byAttribute.values()];
  return set;
}

/**
 * The selectors of `set` that `element` matches, as flags by selector index. Quirks-mode
 * documents compare ids and classes case-insensitively: there every entry is tested.
 */
export function matchSelectorSet(
  element: Element,
  set: SelectorSet,
  context: MatchContext,
  matched: boolean[],
): void {
  if (context.quirks) {
    for (const map of [set.byId, set.byClass, set.byTag, set.byAttribute])
      for (const list of map.values()) testEntries(element, list, context, matched);
    testEntries(element, set.other, context, matched);
    return;
  }
  // An attribute the element lacks rules out every alternative filed under it; the attribute's
  // value, read once, rules out those whose first test it fails.
  for (let attribute = 0; attribute < set.attributeNames.length; attribute++) {
    const name = set.attributeNames[attribute] as string;
    const entries = set.attributeEntries[attribute] as SetEntry[];
    const value = name === 'class' ? classAttribute(element) : element.getAttribute(name);
    if (value === null) continue;
    for (const entry of entries) {
      if (matched[entry.selector]) continue;
      const first = entry.alternative.subject.attributes[0];
      if (first && !valueMayPass(value, first)) continue;
      if (alternativeMatches(element, entry.alternative, context)) matched[entry.selector] = true;
    }
  }
  const id = element.getAttribute('id');
  if (id !== null) testEntries(element, set.byId.get(id), context, matched);
  const classes = classAttribute(element);
  if (classes) {
    // Most elements carry one class: no array of names then.
    if (!CLASS_SEPARATOR.test(classes))
      testEntries(element, set.byClass.get(classes), context, matched);
    else {
      const names = classes.split(CLASS_SEPARATOR);
      for (let index = 0; index < names.length; index++) {
        const name = names[index] as string;
        if (name && names.indexOf(name) === index)
          testEntries(element, set.byClass.get(name), context, matched);
      }
    }
  }
  testEntries(element, set.byTag.get(localName(element)), context, matched);
  testEntries(element, set.other, context, matched);
}

function testEntries(
  element: Element,
  entries: readonly SetEntry[] | undefined,
  context: MatchContext,
  matched: boolean[],
): void {
  if (!entries) return;
  for (const entry of entries) {
    if (matched[entry.selector]) continue;
    if (alternativeMatches(element, entry.alternative, context)) matched[entry.selector] = true;
  }
}
