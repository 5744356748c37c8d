import { normalizeText } from '../unicode';
import { NOISE_PREFIXES, NOISE_RULES, TOOL_SEPARATORS, type NoiseRule } from './patterns';

/** What `normalizeText` changes besides NFC and white space: Đ look-alikes, invisible characters. */
const LOOKALIKE_OR_INVISIBLE = /[\u00D0\u00F0\u0189\u200B-\u200D\u2060\uFEFF\u00AD]/;
/** White space that collapsing changes: runs of two or more, or one character other than U+0020. */
const CHANGED_WHITE_SPACE = /\s{2,}|[^\S ]/g;
/** Either of the two: one scan tells whether an NFC text needs anything beyond trimming. */
const LOOKALIKE_OR_CHANGED_WHITE_SPACE = new RegExp(
  `${LOOKALIKE_OR_INVISIBLE.source}|${CHANGED_WHITE_SPACE.source}`,
);

/** Normalizes text the way the noise patterns expect: NFC, Đ fixed, white space collapsed. */
export function normalizeForNoise(text: string): string {
  const nfc = text.normalize('NFC');
  // Most texts reaching here are already clean (block texts): one scan, then only the trim.
  if (!LOOKALIKE_OR_CHANGED_WHITE_SPACE.test(nfc)) return nfc.trim();
  // Most others hold no look-alike or invisible character: then `normalizeText` only turns every
  // run of white space into one space, which one regex pass over the runs that change does.
  if (LOOKALIKE_OR_INVISIBLE.test(nfc))
    return normalizeText(text, { collapseWhitespace: true }).trim();
  return nfc.replace(CHANGED_WHITE_SPACE, ' ').trim();
}

/** The first rule whose pattern matches the whole normalized text, or null. */
export function matchNoise(
  text: string,
  actions?: readonly NoiseRule['action'][],
): NoiseRule | null {
  return matchNormalizedNoise(normalizeForNoise(text), actions);
}

/** `matchNoise` for text already through `normalizeForNoise` (callers that need it anyway). */
export function matchNormalizedNoise(
  normalized: string,
  actions?: readonly NoiseRule['action'][],
): NoiseRule | null {
  if (!normalized) return null;
  for (const rule of NOISE_RULES) {
    if (actions && !actions.includes(rule.action)) continue;
    if (rule.pattern.test(normalized)) return rule;
  }
  return null;
}

/** Whether the text must never be used as image text (alt or caption). */
export function isJunkImageText(text: string, title?: string | null): boolean {
  const normalized = normalizeForNoise(text);
  if (!normalized) return true;
  if (title && normalized.toLowerCase() === normalizeForNoise(title).toLowerCase()) return true;
  return NOISE_RULES.some(
    (rule) =>
      (rule.action === 'image-text' || rule.action === 'drop') && rule.pattern.test(normalized),
  );
}

/** Strips editor-leak prefixes (`leftcenterrightdel…`) from the start of a text. */
export function stripNoisePrefixes(text: string): string {
  let result = text;
  for (const prefix of NOISE_PREFIXES) result = result.replace(prefix.pattern, '');
  return result;
}

/**
 * Matches a line made only of tool links (`In bài viết | Quay lại`, `Bản in Gởi bài viết [Trở về]`):
 * every piece must be noise and what is left between them only separators.
 */
export function matchToolRow(pieces: readonly string[], rest: string): NoiseRule | null {
  if (pieces.length === 0 || !TOOL_SEPARATORS.test(rest)) return null;
  let first: NoiseRule | null = null;
  for (const piece of pieces) {
    if (!normalizeForNoise(piece)) continue;
    const rule = matchNoise(piece, ['drop']);
    if (!rule) return null;
    first ??= rule;
  }
  return first;
}
