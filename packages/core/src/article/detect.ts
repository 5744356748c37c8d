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

/** A profile's signals that cost no DOM query (generator, markup, URL), and its best possible score. */
interface CheapSignals {
  index: number;
  profile: CmsProfile;
  generatorSignals: string[];
  laterSignals: string[];
  score: number;
  /** `score` plus what all of its DOM selectors would add. */
  bound: number;
}

function cheapSignals(
  profile: CmsProfile,
  index: number,
  generator: string,
  markup: string,
  urls: readonly string[],
): CheapSignals {
  const generatorSignals: string[] = [];
  const laterSignals: string[] = [];
  let score = 0;
  if (profile.detect.generator && generator && profile.detect.generator.test(generator)) {
    score += 10;
    generatorSignals.push(`generator:${generator.trim()}`);
  }
  for (const pattern of profile.detect.markup ?? []) {
    if (pattern.test(markup)) {
      score += 3;
      laterSignals.push(`markup:${pattern.source}`);
    }
  }
  for (const pattern of profile.detect.url ?? []) {
    if (urls.some((url) => pattern.test(url))) {
      // URL shapes are the CMS's routing: as strong as a DOM signature pair.
      score += 4;
      laterSignals.push(`url:${pattern.source}`);
    }
  }
  const selectors = profile.detect.selectors?.length ?? 0;
  return { index, profile, generatorSignals, laterSignals, score, bound: score + 2 * selectors };
}

/** Only a higher score wins, or an equal (non-zero) one of a profile listed earlier. */
function beats(score: number, index: number, bestScore: number, bestIndex: number): boolean {
  return score > bestScore || (score === bestScore && score > 0 && index < bestIndex);
}

/**
 * The family with the highest score (the first in PROFILES order on a tie), its score and its
 * signals (generator, DOM selectors, markup, URL, in that order). The DOM selectors, the only
 * costly signals, are asked only of profiles that could still win: profiles are tried from the
 * highest possible score down, and one whose every remaining selector matching would not beat
 * the best so far is left (on a small page, the queries of a dozen families' selectors were most of it).
 */
export function detectCms(
  document: Document,
  urls: readonly string[],
  markup: string = detectionMarkup(document),
): Detection {
  const generator = generatorOf(document);
  const candidates = PROFILES.map((profile, index) =>
    cheapSignals(profile, index, generator, markup, urls),
  ).sort((a, b) => b.bound - a.bound || a.index - b.index);
  let best: Detection = { profile: null, score: 0, signals: [] };
  let bestIndex = Infinity;
  for (const candidate of candidates) {
    if (!beats(candidate.bound, candidate.index, best.score, bestIndex)) continue;
    const selectors = candidate.profile.detect.selectors ?? [];
    const domSignals: string[] = [];
    let score = candidate.score;
    // The bound shrinks with every selector that misses: once it cannot win, stop asking.
    let bound = candidate.bound;
    for (const selector of selectors) {
      if (!beats(bound, candidate.index, best.score, bestIndex)) break;
      if (selectOne(document, selector) !== null) {
        score += 2;
        domSignals.push(`dom:${selector}`);
      } else bound -= 2;
    }
    if (!beats(score, candidate.index, best.score, bestIndex)) continue;
    best = {
      profile: candidate.profile,
      score,
      signals: [...candidate.generatorSignals, ...domSignals, ...candidate.laterSignals],
    };
    bestIndex = candidate.index;
  }
  return best.score >= MIN_SCORE
    ? best
    : { profile: null, score: best.score, signals: best.signals };
}
