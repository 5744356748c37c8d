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
  nodeAfter,
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
  /** `cleanText(rawText).length` (at least 1) once asked, else -1. */
  rootLength: number;
}

/**
 * ONE walk of the root, node by node (`firstChild`/`nextSibling`: linkedom builds a new array
 * for every `childNodes`/`children` read): removes the comments, files every element outside
 * templates under the noise selectors (as `walkElements` would), notes the hidden elements and
 * gathers the text.
 */
function surveyRoot(root: Element, collector: SelectorCollector): RootSurvey {
  const survey: RootSurvey = { comments: 0, hidden: [], rawText: '', rootLength: -1 };
  /** The template being walked through (its elements are not filed), or null… */
  let template: Node | null = null;
  /** …until the walk reaches the node after its subtree. */
  let templateExit: Node | null = null;
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === 4) {
      survey.rawText += (node as CharacterData).data;
    } else if (type === ELEMENT_NODE) {
      const element = node as Element;
      if (!template) collector.visit(element);
      if (isMarkedHidden(element)) survey.hidden.push(element);
      if (!template && tagName(element) === 'template') {
        template = element;
        templateExit = nodeAfter(element, root);
      }
      if (element.firstChild) {
        node = element.firstChild;
        continue;
      }
    }
    // Found before a comment goes (the node after it is not inside it).
    const next = nodeAfter(node, root);
    if (type === COMMENT_NODE) {
      node.parentNode?.removeChild(node);
      survey.comments++;
    }
    if (next === templateExit) template = null;
    node = next;
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

/** The root's text length before removals, as `textOf` counts it, computed when first asked. */
function rootLength(survey: RootSurvey): number {
  if (survey.rootLength < 0) survey.rootLength = Math.max(1, cleanText(survey.rawText).length);
  return survey.rootLength;
}

/** Removes `element` (never the root, an ancestor of it, or something outside it) and logs it. */
function removeUnderRoot(
  root: Element,
  element: Element,
  rule: string,
  removed: RemovedItem[],
): void {
  if (element === root || element.contains(root) || !root.contains(element)) return;
  removed.push({ rule, excerpt: elementExcerpt(element) });
  removeElement(element);
}

export function stripNoise({ root, profile, metadataElements, removed }: StripNoiseInput): void {
  const collector = collectSelectors(root, noiseSelectors(profile));
  const survey = surveyRoot(root, collector);
  if (survey.comments > 0)
    removed.push({ rule: 'strip:html-comments', excerpt: `${survey.comments} comment(s)` });
  // Every selector below was matched in the survey's walk; each list is read when its turn comes
  // (`collector.read`). Hidden elements are from the same moment (markup-only, so removals
  // elsewhere do not change them).
  // Forms first (comment and rating forms), while their inputs still say what they are.
  for (const form of collector.read(FORM)) {
    if (
      textOf(form).length < rootLength(survey) / 2 &&
      selectOne(form, 'input, textarea, select')
    ) {
      removeUnderRoot(root, form, 'strip:form', removed);
    }
  }
  for (const element of collector.read(NEVER_CONTENT)) {
    removed.push({ rule: 'strip:never-content', excerpt: `<${element.tagName.toLowerCase()}>` });
    removeElement(element);
  }
  for (const element of survey.hidden) {
    if (root.contains(element)) removeUnderRoot(root, element, 'strip:hidden', removed);
  }
  for (const element of metadataElements) {
    if (element && root.contains(element) && element !== root)
      removeUnderRoot(root, element, 'strip:metadata-element', removed);
  }
  const profileNoise = profile?.noise ?? [];
  for (let index = 0; index < profileNoise.length; index++) {
    const rule = `profile:${profile?.family}:${profileNoise[index]}`;
    for (const element of collector.read(FIRST_PROFILE_NOISE + index))
      removeUnderRoot(root, element, rule, removed);
  }
  for (let index = 0; index < GENERIC_NOISE_SELECTORS.length; index++) {
    const { name } = GENERIC_NOISE_SELECTORS[index] as (typeof GENERIC_NOISE_SELECTORS)[number];
    for (const element of collector.read(FIRST_PROFILE_NOISE + profileNoise.length + index)) {
      if (!root.contains(element)) continue;
      if (textOf(element).length > rootLength(survey) / 2) continue;
      if (selectOne(element, 'p') && textOf(element).length > 600) continue;
      removeUnderRoot(root, element, `noise:${name}`, removed);
    }
  }
}
