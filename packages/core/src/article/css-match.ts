/**
 * A small CSS selector matcher for the selectors our profiles and pipeline steps use, compiled
 * once per selector text and matched with plain DOM reads (tag names, attributes, parents and
 * siblings), so every DOM gets the same answers at the same cost.
 *
 * Why not `querySelectorAll`: linkedom (the CLI's and the benchmark's DOM) compiles the selector
 * anew on every call and walks the whole tree for each one; a profile names dozens of selectors
 * per field, most of which match nothing. Compiled selectors are answered from a per-document
 * index (id, class, tag → elements, one walk) or by walking only the subtree asked about.
 *
 * Supported: type and universal selectors, `#id`, `.class`, `[attr]`, `[attr=v]`, `~=`, `|=`,
 * `^=`, `$=`, `*=`, `:first-of-type`, `:first-child`, `:last-child`, `:not(…)`, and the
 * descendant, `>`, `+` and `~` combinators, in comma lists. Anything else (escapes, other
 * pseudo-classes, namespaces, attribute flags) compiles to null and the caller asks the DOM.
 * Semantics are the HTML ones: tag and attribute names are case-insensitive; attribute values
 * are case-sensitive except for the HTML attributes listed below; class and id values compare
 * case-insensitively in quirks mode only, as in browsers.
 */

type AttributeOperator = 'exists' | '=' | '~=' | '|=' | '^=' | '$=' | '*=';

interface AttributeTest {
  name: string;
  operator: AttributeOperator;
  value: string;
  /** The value compares case-insensitively (HTML's list below). */
  ignoreCase: boolean;
}

type PseudoTest =
  | { kind: 'first-of-type' | 'first-child' | 'last-child' }
  | { kind: 'not'; selectors: ComplexSelector[] };

export interface CompoundSelector {
  /** Lower-case tag name, or null for any. */
  tag: string | null;
  ids: string[];
  classes: string[];
  attributes: AttributeTest[];
  pseudos: PseudoTest[];
}

type Combinator = ' ' | '>' | '+' | '~';

/** Compounds right to left: `compounds[0]` is the subject, `combinators[i]` joins i and i+1. */
export interface ComplexSelector {
  compounds: CompoundSelector[];
  combinators: Combinator[];
}

export interface CompiledSelector {
  source: string;
  alternatives: ComplexSelector[];
  /**
   * Whether an element's match can change when OTHER elements are removed (sibling combinators,
   * `:first-of-type`…). Without these, removing elements only removes matches.
   */
  dependsOnSiblings: boolean;
}

/** Attributes whose values HTML selectors compare case-insensitively (HTML §4.16.2). */
const CASE_INSENSITIVE_ATTRIBUTES = new Set([
  'accept',
  'accept-charset',
  'align',
  'alink',
  'axis',
  'bgcolor',
  'charset',
  'checked',
  'clear',
  'codetype',
  'color',
  'compact',
  'declare',
  'defer',
  'dir',
  'direction',
  'disabled',
  'enctype',
  'face',
  'frame',
  'hreflang',
  'http-equiv',
  'lang',
  'language',
  'link',
  'media',
  'method',
  'multiple',
  'nohref',
  'noresize',
  'noshade',
  'nowrap',
  'readonly',
  'rel',
  'rev',
  'rules',
  'scope',
  'scrolling',
  'selected',
  'shape',
  'target',
  'text',
  'type',
  'valign',
  'valuetype',
  'vlink',
]);

const IDENTIFIER = /^-?(?:[A-Za-z_]|[\u0080-\uffff])(?:[\w-]|[\u0080-\uffff])*/;
const TAG_NAME = /^(?:[A-Za-z][\w-]*|\*)/;
const ATTRIBUTE =
  /^\[\s*([A-Za-z_][\w-]*)\s*(?:([~|^$*]?=)\s*(?:"([^"\\]*)"|'([^'\\]*)'|(-?(?:[A-Za-z_]|[\u0080-\uffff])(?:[\w-]|[\u0080-\uffff])*))\s*)?\]/;
const SIMPLE_PSEUDO = /^:(first-of-type|first-child|last-child)(?![\w-(])/;

class Unsupported extends Error {}

/** Parses a comma list; `stopAtParen` ends it at a `)` (inside `:not(…)`). Returns the rest. */
function parseList(text: string, stopAtParen: boolean): [ComplexSelector[], string] {
  const list: ComplexSelector[] = [];
  let rest = text;
  for (;;) {
    const [complex, after] = parseComplex(rest);
    list.push(complex);
    rest = after.trimStart();
    if (rest.startsWith(',')) {
      rest = rest.slice(1).trimStart();
      continue;
    }
    if (stopAtParen && rest.startsWith(')')) return [list, rest.slice(1)];
    if (!stopAtParen && rest === '') return [list, rest];
    throw new Unsupported(rest);
  }
}

function parseComplex(text: string): [ComplexSelector, string] {
  const leftToRight: CompoundSelector[] = [];
  const joins: Combinator[] = [];
  let rest = text.trimStart();
  for (;;) {
    const [compound, after] = parseCompound(rest);
    leftToRight.push(compound);
    const combinator = /^\s*([>+~])\s*|^\s+(?=[^\s,)])/.exec(after);
    if (!combinator) {
      rest = after;
      break;
    }
    joins.push((combinator[1] as Combinator | undefined) ?? ' ');
    rest = after.slice(combinator[0].length);
  }
  return [{ compounds: leftToRight.reverse(), combinators: joins.reverse() }, rest];
}

function parseCompound(text: string): [CompoundSelector, string] {
  const compound: CompoundSelector = {
    tag: null,
    ids: [],
    classes: [],
    attributes: [],
    pseudos: [],
  };
  let rest = text;
  const tag = TAG_NAME.exec(rest);
  if (tag) {
    compound.tag = tag[0] === '*' ? null : tag[0].toLowerCase();
    rest = rest.slice(tag[0].length);
  }
  let parts = tag ? 1 : 0;
  for (;;) {
    const first = rest[0];
    if (first === '#' || first === '.') {
      const name = IDENTIFIER.exec(rest.slice(1));
      if (!name) throw new Unsupported(rest);
      (first === '#' ? compound.ids : compound.classes).push(name[0]);
      rest = rest.slice(1 + name[0].length);
    } else if (first === '[') {
      const attribute = ATTRIBUTE.exec(rest);
      if (!attribute) throw new Unsupported(rest);
      const name = (attribute[1] as string).toLowerCase();
      compound.attributes.push({
        name,
        operator: (attribute[2] as AttributeOperator | undefined) ?? 'exists',
        value: attribute[3] ?? attribute[4] ?? attribute[5] ?? '',
        ignoreCase: CASE_INSENSITIVE_ATTRIBUTES.has(name),
      });
      rest = rest.slice(attribute[0].length);
    } else if (rest.startsWith(':not(')) {
      const [selectors, after] = parseList(rest.slice(5), true);
      compound.pseudos.push({ kind: 'not', selectors });
      rest = after;
    } else if (first === ':') {
      const pseudo = SIMPLE_PSEUDO.exec(rest);
      if (!pseudo) throw new Unsupported(rest);
      compound.pseudos.push({ kind: pseudo[1] as 'first-of-type' | 'first-child' | 'last-child' });
      rest = rest.slice(pseudo[0].length);
    } else break;
    parts++;
  }
  if (parts === 0) throw new Unsupported(rest);
  return [compound, rest];
}

function anySiblingTest(selectors: readonly ComplexSelector[]): boolean {
  return selectors.some(
    (selector) =>
      selector.combinators.some((combinator) => combinator === '+' || combinator === '~') ||
      selector.compounds.some((compound) =>
        compound.pseudos.some((pseudo) =>
          pseudo.kind === 'not' ? anySiblingTest(pseudo.selectors) : true,
        ),
      ),
  );
}

/** Compiled selectors by text: the texts come from code and profile data, so this stays small. */
const compiled = new Map<string, CompiledSelector | null>();

/** The compiled form of `selector`, or null when it uses syntax this matcher leaves to the DOM. */
export function compileSelector(selector: string): CompiledSelector | null {
  let result = compiled.get(selector);
  if (result !== undefined) return result;
  try {
    const alternatives = parseList(selector, false)[0];
    result = { source: selector, alternatives, dependsOnSiblings: anySiblingTest(alternatives) };
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
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

function hasClass(element: Element, name: string, context: MatchContext): boolean {
  const value = classAttribute(element);
  if (!value) return false;
  if (context.quirks) {
    const wanted = name.toLowerCase();
    return value
      .toLowerCase()
      .split(/[ \t\n\f\r]+/)
      .includes(wanted);
  }
  // Fast reject before splitting: most elements do not carry the name at all.
  if (!value.includes(name)) return false;
  return value.split(/[ \t\n\f\r]+/).includes(name);
}

function attributeMatches(element: Element, test: AttributeTest): boolean {
  const actual = test.name === 'class' ? classAttribute(element) : element.getAttribute(test.name);
  return actual !== null && attributeValuePasses(actual, test);
}

function attributeValuePasses(actual: string, test: AttributeTest): boolean {
  if (test.operator === 'exists') return true;
  const value = test.ignoreCase ? actual.toLowerCase() : actual;
  const wanted = test.ignoreCase ? test.value.toLowerCase() : test.value;
  switch (test.operator) {
    case '=':
      return value === wanted;
    case '~=':
      return wanted !== '' && !/\s/.test(wanted) && value.split(/[ \t\n\f\r]+/).includes(wanted);
    case '|=':
      return value === wanted || value.startsWith(`${wanted}-`);
    case '^=':
      return wanted !== '' && value.startsWith(wanted);
    case '$=':
      return wanted !== '' && value.endsWith(wanted);
    case '*=':
      return wanted !== '' && value.includes(wanted);
  }
}

/** The lower-case tag name (`localName` when it already is one: see `tagName` in dom.ts). */
function localName(element: Element): string {
  const local = element.localName;
  if (local && !element.prefix && local === local.toLowerCase()) return local;
  return element.tagName.toLowerCase();
}

function pseudoMatches(element: Element, pseudo: PseudoTest, context: MatchContext): boolean {
  switch (pseudo.kind) {
    case 'first-child':
      return !!element.parentElement && element.previousElementSibling === null;
    case 'last-child':
      return !!element.parentElement && element.nextElementSibling === null;
    case 'first-of-type': {
      if (!element.parentElement) return false;
      const name = localName(element);
      for (let sibling = element.previousElementSibling; sibling;) {
        if (localName(sibling) === name) return false;
        sibling = sibling.previousElementSibling;
      }
      return true;
    }
    case 'not':
      return !pseudo.selectors.some((selector) => complexMatches(element, selector, 0, context));
  }
}

export function compoundMatches(
  element: Element,
  compound: CompoundSelector,
  context: MatchContext,
): boolean {
  if (compound.tag !== null && localName(element) !== compound.tag) return false;
  for (const id of compound.ids) {
    const actual = element.getAttribute('id');
    if (actual === null) return false;
    if (context.quirks ? actual.toLowerCase() !== id.toLowerCase() : actual !== id) return false;
  }
  for (const name of compound.classes) if (!hasClass(element, name, context)) return false;
  for (const test of compound.attributes) if (!attributeMatches(element, test)) return false;
  for (const pseudo of compound.pseudos) if (!pseudoMatches(element, pseudo, context)) return false;
  return true;
}

/** Whether `element` matches compounds[index…] of `selector` (right to left, backtracking). */
function complexMatches(
  element: Element,
  selector: ComplexSelector,
  index: number,
  context: MatchContext,
): boolean {
  if (!compoundMatches(element, selector.compounds[index] as CompoundSelector, context))
    return false;
  if (index === selector.compounds.length - 1) return true;
  const combinator = selector.combinators[index] as Combinator;
  const next = index + 1;
  switch (combinator) {
    case '>': {
      const parent = element.parentElement;
      return !!parent && complexMatches(parent, selector, next, context);
    }
    case ' ':
      for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement)
        if (complexMatches(ancestor, selector, next, context)) return true;
      return false;
    case '+': {
      const previous = element.previousElementSibling;
      return !!previous && complexMatches(previous, selector, next, context);
    }
    case '~':
      for (let sibling = element.previousElementSibling; sibling;) {
        if (complexMatches(sibling, selector, next, context)) return true;
        sibling = sibling.previousElementSibling;
      }
      return false;
  }
}

/** Whether `element` matches one comma alternative of a compiled selector. */
export function complexSelectorMatches(
  element: Element,
  selector: ComplexSelector,
  context: MatchContext,
): boolean {
  return complexMatches(element, selector, 0, context);
}

export function selectorMatches(
  element: Element,
  selector: CompiledSelector,
  context: MatchContext,
): boolean {
  return selector.alternatives.some((alternative) =>
    complexMatches(element, alternative, 0, context),
  );
}

/** One comma alternative of one selector of a set. */
interface SetEntry {
  selector: number;
  alternative: ComplexSelector;
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
    other: [],
  };
  const file = (map: Map<string, SetEntry[]>, key: string, entry: SetEntry) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  selectors.forEach((selector, index) => {
    for (const alternative of selector?.alternatives ?? []) {
      const subject = alternative.compounds[0] as CompoundSelector;
      const entry = { selector: index, alternative };
      if (subject.ids[0] !== undefined) file(set.byId, subject.ids[0], entry);
      else if (subject.classes[0] !== undefined) file(set.byClass, subject.classes[0], entry);
      else if (subject.tag !== null) file(set.byTag, subject.tag, entry);
      else if (subject.attributes[0] !== undefined)
        file(set.byAttribute, subject.attributes[0].name, entry);
      else set.other.push(entry);
    }
  });
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
  for (const [name, entries] of set.byAttribute) {
    const value = name === 'class' ? classAttribute(element) : element.getAttribute(name);
    if (value === null) continue;
    for (const entry of entries) {
      if (matched[entry.selector]) continue;
      const first = (entry.alternative.compounds[0] as CompoundSelector).attributes[0];
      if (first && !attributeValuePasses(value, first)) continue;
      if (complexMatches(element, entry.alternative, 0, context)) matched[entry.selector] = true;
    }
  }
  const id = element.getAttribute('id');
  if (id !== null) testEntries(element, set.byId.get(id), context, matched);
  const classes = classAttribute(element);
  if (classes) {
    const names = classes.split(/[ \t\n\f\r]+/);
    for (let index = 0; index < names.length; index++) {
      const name = names[index] as string;
      if (name && names.indexOf(name) === index)
        testEntries(element, set.byClass.get(name), context, matched);
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
    if (complexMatches(element, entry.alternative, 0, context)) matched[entry.selector] = true;
  }
}
