/**
 * Pipeline step: removes markup noise inside the article root (comments, scripts, hidden
 * elements, the profile's widgets, widgets named by their classes, and the metadata elements
 * already read), logging every removal with its rule.
 */
import type { RemovedItem } from '../types';
import type { CmsProfile } from '../profiles';
import { GENERIC_NOISE_SELECTORS, NEVER_CONTENT_SELECTOR } from '../noise/selectors';
import {
  COMMENT_NODE,
  elementExcerpt,
  isMarkedHidden,
  removeElement,
  selectEachLater,
  selectOne,
  textOf,
  allElements,
} from './dom';

export interface StripNoiseInput {
  root: Element;
  profile: CmsProfile | null;
  /** Elements already used as metadata (title, lead, author, date): never body text. */
  metadataElements: readonly (Element | null)[];
  removed: RemovedItem[];
}

function removeComments(root: Element, removed: RemovedItem[]): void {
  const stack: Node[] = [root];
  let count = 0;
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === COMMENT_NODE) {
        node.removeChild(child);
        count++;
      } else if (child.nodeType === 1) stack.push(child);
    }
  }
  if (count > 0) removed.push({ rule: 'strip:html-comments', excerpt: `${count} comment(s)` });
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
  removeComments(root, removed);
  const rootLength = Math.max(1, textOf(root).length);
  const remove = (element: Element, rule: string) => {
    if (element === root || element.contains(root) || !root.contains(element)) return;
    removed.push({ rule, excerpt: elementExcerpt(element) });
    removeElement(element);
  };
  // Every selector below is matched in one walk; each list is read when its turn comes.
  const select = selectEachLater(root, noiseSelectors(profile));
  // Hidden elements, from the same moment (markup-only, so removals elsewhere do not change them).
  const hidden = allElements(root).filter(isMarkedHidden);
  // Forms first (comment and rating forms), while their inputs still say what they are.
  for (const form of select(FORM)) {
    if (textOf(form).length < rootLength / 2 && selectOne(form, 'input, textarea, select')) {
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
      if (textOf(element).length > rootLength / 2) continue;
      if (selectOne(element, 'p') && textOf(element).length > 600) continue;
      remove(element, `noise:${name}`);
    }
  });
}
