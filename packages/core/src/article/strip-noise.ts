/**
 * Pipeline step: removes markup noise inside the article root (comments, scripts, hidden
 * elements, the profile's widgets, widgets named by their classes, and the metadata elements
 * already read), logging every removal with its rule.
 */
import type { RemovedItem } from '../types';
import type { CmsProfile } from '../profiles';
import { GENERIC_NOISE_SELECTORS, NEVER_CONTENT_SELECTOR } from '../noise/selectors';
import {
  cleanText,
  collectSelectors,
  COMMENT_NODE,
  ELEMENT_NODE,
  elementExcerpt,
  isMarkedHidden,
  removeElement,
  selectOne,
  tagName,
  TEXT_NODE,
  textOf,
  type SelectorCollector,
} from './dom';

export interface StripNoiseInput {
  root: Element;
  profile: CmsProfile | null;
  /** Elements already used as metadata (title, lead, author, date): never body text. */
  metadataElements: readonly (Element | null)[];
  removed: RemovedItem[];
}

interface RootSurvey {
  comments: number;
  /** Elements hidden by markup, in document order (template contents included, as before). */
  hidden: Element[];
  /** The root's textContent before anything but comments was removed. */
  rawText: string;
}

/**
 * ONE walk of the root, node by node (`firstChild`/`nextSibling`: linkedom builds a new array
 * for every `childNodes`/`children` read): removes the comments, files every element outside
 * templates under the noise selectors (as `walkElements` would), notes the hidden elements and
 * gathers the text.
 */
function surveyRoot(root: Element, collector: SelectorCollector): RootSurvey {
  const survey: RootSurvey = { comments: 0, hidden: [], rawText: '' };
  let template: Node | null = null;
  /** The node after `node` in document order, skipping its subtree; leaving a template is noted. */
  const after = (node: Node): Node | null => {
    for (let current: Node | null = node; current && current !== root;) {
      if (current === template) template = null;
      if (current.nextSibling) return current.nextSibling;
      current = current.parentNode;
    }
    return null;
  };
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === COMMENT_NODE) {
      const next = after(node);
      node.parentNode?.removeChild(node);
      survey.comments++;
      node = next;
      continue;
    }
    if (type === TEXT_NODE || type === 4) {
      survey.rawText += (node as CharacterData).data;
    } else if (type === ELEMENT_NODE) {
      const element = node as Element;
      if (!template) collector.visit(element);
      if (isMarkedHidden(element)) survey.hidden.push(element);
      if (!template && tagName(element) === 'template') template = element;
      if (element.firstChild) {
        node = element.firstChild;
        continue;
      }
    }
    node = after(node);
  }
  return survey;
}

/** The selectors stripNoise asks, in one list per profile (kept: its compiled set is reused). */
const FORM = 0;
const NEVER_CONTENT = 1;
const FIRST_PROFILE_NOISE = 2;
const GENERIC_NOISE = GENERIC_NOISE_SELECTORS.map(({ selector }) => selector);
const selectorLists = new WeakMap<object, string[]>();
const NO_PROFILE = {};

function noiseSelectors(profile: CmsProfile | null): string[] {
  let list = selectorLists.get(profile ?? NO_PROFILE);
  if (!list) {
    list = ['form', NEVER_CONTENT_SELECTOR, ...(profile?.noise ?? []), ...GENERIC_NOISE];
    selectorLists.set(profile ?? NO_PROFILE, list);
  }
  return list;
}

export function stripNoise({ root, profile, metadataElements, removed }: StripNoiseInput): void {
  const collector = collectSelectors(root, noiseSelectors(profile));
  const survey = surveyRoot(root, collector);
  if (survey.comments > 0)
    removed.push({ rule: 'strip:html-comments', excerpt: `${survey.comments} comment(s)` });
  let rootTextLength = -1;
  /** The root's text length before removals, as `textOf` counts it (read when a rule needs it). */
  const rootLength = () => {
    if (rootTextLength < 0) rootTextLength = Math.max(1, cleanText(survey.rawText).length);
    return rootTextLength;
  };
  const remove = (element: Element, rule: string) => {
    if (element === root || element.contains(root) || !root.contains(element)) return;
    removed.push({ rule, excerpt: elementExcerpt(element) });
    removeElement(element);
  };
  // Every selector below was matched in the survey's walk; each list is read when its turn comes.
  const select = (index: number) => collector.read(index);
  // Hidden elements, from the same moment (markup-only, so removals elsewhere do not change them).
  const hidden = survey.hidden;
  // Forms first (comment and rating forms), while their inputs still say what they are.
  for (const form of select(FORM)) {
    if (textOf(form).length < rootLength() / 2 && selectOne(form, 'input, textarea, select')) {
      remove(form, 'strip:form');
    }
  }
  for (const element of select(NEVER_CONTENT)) {
    removed.push({ rule: 'strip:never-content', excerpt: `<${element.tagName.toLowerCase()}>` });
    removeElement(element);
  }
  for (const element of hidden) {
    if (root.contains(element)) remove(element, 'strip:hidden');
  }
  for (const element of metadataElements) {
    if (element && root.contains(element) && element !== root)
      remove(element, 'strip:metadata-element');
  }
  const profileNoise = profile?.noise ?? [];
  profileNoise.forEach((selector, index) => {
    for (const element of select(FIRST_PROFILE_NOISE + index))
      remove(element, `profile:${profile?.family}:${selector}`);
  });
  GENERIC_NOISE_SELECTORS.forEach(({ name }, index) => {
    for (const element of select(FIRST_PROFILE_NOISE + profileNoise.length + index)) {
      if (!root.contains(element)) continue;
      if (textOf(element).length > rootLength() / 2) continue;
      if (selectOne(element, 'p') && textOf(element).length > 600) continue;
      remove(element, `noise:${name}`);
    }
  });
}
