import { TYPE_WORDS } from './type-words-table';

/** A type word found in the skeleton: `Nghị quyết`, `QUYẾT ĐỊNH`, `Nghi quyet`, `Nghị\nđịnh`. */
export interface TypeWordHit {
  start: number;
  end: number;
  /** Canonical type, `văn bản` for the generic word, null for non-document phrases (`pháp luật`). */
  type: string | null;
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

const SKELETON_KEYS = Object.keys(TYPE_WORDS).sort((a, b) => b.length - a.length);
/** Line breaks became spaces in the skeleton; `\r\n` and NBSP runs leave up to three. */
const TYPE_WORD_PATTERN = new RegExp(
  String.raw`(?<![A-Z])(?:${SKELETON_KEYS.map((key) => escapeForRegExp(key).replace(/ /gu, ' {1,3}')).join('|')})(?![A-Z])`,
  'g',
);

/**
 * Skeleton collisions between a type word and common words (`công bố Luật` reads `BO LUAT`):
 * these type words must carry their own tone mark on the first syllable.
 */
const FIRST_SYLLABLE_CHECK: Readonly<Record<string, RegExp>> = {
  'BO LUAT': /^b[ộo]$/iu,
};

export function scanTypeWords(skeleton: string, normalized: string): TypeWordHit[] {
  const hits: TypeWordHit[] = [];
  const pattern = new RegExp(TYPE_WORD_PATTERN.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(skeleton)) !== null) {
    const key = match[0].replace(/ {2,3}/gu, ' ');
    const check = FIRST_SYLLABLE_CHECK[key];
    if (check && !check.test(normalized.slice(match.index, match.index + 2))) {
      // Not this type word: rescan from its second word (`công bố Luật` still holds `Luật`).
      pattern.lastIndex = match.index + match[0].indexOf(' ') + 1;
      continue;
    }
    hits.push({
      start: match.index,
      end: match.index + match[0].length,
      type: TYPE_WORDS[key] ?? null,
    });
  }
  return hits;
}
