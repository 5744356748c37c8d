/** Pipeline step 1: which CMS family built this page (generator meta, DOM signature, URL shape). */
import { PROFILES, type CmsProfile } from '../profiles';
import { anyMatches, selectAll, selectOne } from './dom';

export interface Detection {
  profile: CmsProfile | null;
  score: number;
  /** Why: the signals that matched, for the debugging log. */
  signals: string[];
}

/** Below this score no family is claimed and the generic path runs. */
const MIN_SCORE = 4;
const MAX_MARKUP_ELEMENTS = 4000;

/** The markup that carries detection signals: inline scripts and URL attributes, bounded. */
export function detectionMarkup(document: Document): string {
  const parts: string[] = [];
  const elements = selectAll(
    document,
    'script, link[href], img[src], a[href], form[action], meta[content]',
  );
  for (const element of elements.slice(0, MAX_MARKUP_ELEMENTS)) {
    if (element.tagName.toLowerCase() === 'script') {
      const src = element.getAttribute('src');
      parts.push(src ?? (element.textContent ?? '').slice(0, 20_000));
    } else {
      parts.push(
        element.getAttribute('href') ??
          element.getAttribute('src') ??
          element.getAttribute('action') ??
          element.getAttribute('content') ??
          '',
      );
    }
  }
  return parts.join('\n');
}

/** Which of `selectors` match under `root`; one combined query first, as most families miss. */
function matchingSelectors(root: ParentNode, selectors: readonly string[]): Set<string> {
  const found = new Set<string>();
  if (!anyMatches(root, selectors)) return found;
  for (const selector of selectors) if (selectOne(root, selector)) found.add(selector);
  return found;
}

export function detectCms(
  document: Document,
  urls: readonly string[],
  markup: string = detectionMarkup(document),
): Detection {
  // Attribute values are case-sensitive in selectors and DOMs differ on the `i` flag: compare by hand.
  const generator =
    selectAll(document, 'meta[name]')
      .find((meta) => (meta.getAttribute('name') ?? '').toLowerCase() === 'generator')
      ?.getAttribute('content') ?? '';
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
