/** Pipeline step 1: which CMS family built this page (generator meta, DOM signature, URL shape). */
import { PROFILES, type CmsProfile } from '../profiles';
import { documentElements, selectOne } from './dom';

export interface Detection {
  profile: CmsProfile | null;
  score: number;
  /** Why: the signals that matched, for the debugging log. */
  signals: string[];
}

/** Below this score no family is claimed and the generic path runs. */
const MIN_SCORE = 4;
const MAX_MARKUP_ELEMENTS = 4000;

/** The elements whose attribute (or, for inline scripts, text) carries detection signals. */
const SIGNAL_ATTRIBUTE = new Map([
  ['link', 'href'],
  ['img', 'src'],
  ['a', 'href'],
  ['form', 'action'],
  ['meta', 'content'],
]);

/**
 * The markup that carries detection signals: inline scripts and URL attributes, bounded, in
 * document order (`script, link[href], img[src], a[href], form[action], meta[content]`), read
 * from the selector index's list of elements (the detection queries need that index anyway).
 */
export function detectionMarkup(document: Document): string {
  const parts: string[] = [];
  const { elements, tags } = documentElements(document);
  for (let i = 0; i < elements.length && parts.length < MAX_MARKUP_ELEMENTS; i++) {
    const element = elements[i] as Element;
    const name = tags[i] as string;
    if (name === 'script') {
      const src = element.getAttribute('src');
      parts.push(src ?? (element.textContent ?? '').slice(0, 20_000));
      continue;
    }
    const attribute = SIGNAL_ATTRIBUTE.get(name);
    if (attribute === undefined || !element.hasAttribute(attribute)) continue;
    parts.push(
      element.getAttribute('href') ??
        element.getAttribute('src') ??
        element.getAttribute('action') ??
        element.getAttribute('content') ??
        '',
    );
  }
  return parts.join('\n');
}

/** Which of `selectors` match under `root` (each answered from the document's index). */
function matchingSelectors(root: ParentNode, selectors: readonly string[]): Set<string> {
  return new Set(selectors.filter((selector) => selectOne(root, selector) !== null));
}

/**
 * The first `<meta name=generator>`'s content, from the selector index's element list. Attribute
 * values are case-sensitive in selectors and DOMs differ on the `i` flag: compared by hand.
 */
function generatorOf(document: Document): string {
  const { elements, tags } = documentElements(document);
  for (let i = 0; i < elements.length; i++) {
    if (tags[i] !== 'meta') continue;
    const meta = elements[i] as Element;
    if ((meta.getAttribute('name') ?? '').toLowerCase() === 'generator')
      return meta.getAttribute('content') ?? '';
  }
  return '';
}

export function detectCms(
  document: Document,
  urls: readonly string[],
  markup: string = detectionMarkup(document),
): Detection {
  const generator = generatorOf(document);
  let best: Detection = { profile: null, score: 0, signals: [] };
  for (const profile of PROFILES) {
    const signals: string[] = [];
    let score = 0;
    if (profile.detect.generator && generator && profile.detect.generator.test(generator)) {
      score += 10;
      signals.push(`generator:${generator.trim()}`);
    }
    const present = matchingSelectors(document, profile.detect.selectors ?? []);
    for (const selector of profile.detect.selectors ?? []) {
      if (present.has(selector)) {
        score += 2;
        signals.push(`dom:${selector}`);
      }
    }
    for (const pattern of profile.detect.markup ?? []) {
      if (pattern.test(markup)) {
        score += 3;
        signals.push(`markup:${pattern.source}`);
      }
    }
    for (const pattern of profile.detect.url ?? []) {
      if (urls.some((url) => pattern.test(url))) {
        // URL shapes are the CMS's routing: as strong as a DOM signature pair.
        score += 4;
        signals.push(`url:${pattern.source}`);
      }
    }
    if (score > best.score) best = { profile, score, signals };
  }
  return best.score >= MIN_SCORE
    ? best
    : { profile: null, score: best.score, signals: best.signals };
}
