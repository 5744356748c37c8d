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

interface TrieNode {
  terminal: boolean;
  children: Map<string, TrieNode>;
}

/**
 * The type words as one factored pattern (`N(?:GHI {1,3}(?:QUYET(?: {1,3}LIEN…)?|DINH))|…`):
 * a trie shares prefixes, so the engine does not retry forty alternatives at every letter.
 * Optional continuations are greedy, so the longest type word wins.
 */
function trieSource(keys: readonly string[]): string {
  const root: TrieNode = { terminal: false, children: new Map() };
  for (const key of keys) {
    let node = root;
    for (const char of key) {
      let child = node.children.get(char);
      if (!child) {
        child = { terminal: false, children: new Map() };
        node.children.set(char, child);
      }
      node = child;
    }
    node.terminal = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.children.entries()].map(
      ([char, child]) => (char === ' ' ? ' {1,3}' : escapeForRegExp(char)) + emit(child),
    );
    if (branches.length === 0) return '';
    const group = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
    if (!node.terminal) return group;
    return branches.length === 1 && !group.startsWith('(?:')
      ? `(?:${group})?`
      : `${group.startsWith('(?:') ? group : `(?:${group})`}?`;
  };
  return emit(root);
}

/** Line breaks became spaces in the skeleton; `\r\n` and NBSP runs leave up to three. */
/**
 * The skeleton is all capitals, so a pattern starting with a letter would enter the trie at
 * nearly every position; anchoring on the character before the word (or the text start)
 * makes the engine skip to word starts. Group 1 is the type word.
 */
const TYPE_WORD_SOURCE = `(?:^|[^A-Z])(${trieSource(Object.keys(TYPE_WORDS))})(?![A-Z])`;

const TYPE_WORD_SCAN = new RegExp(TYPE_WORD_SOURCE, 'g');
const TYPE_WORD_TEST = new RegExp(TYPE_WORD_SOURCE);

/**
 * Skeleton collisions between a type word and common words (`công bố Luật` reads `BO LUAT`):
 * these type words must carry their own tone mark on the first syllable.
 */
const FIRST_SYLLABLE_CHECK: Readonly<Record<string, RegExp>> = {
  'BO LUAT': /^b[ộo]$/iu,
};

/** First letters of the keys above: most hits skip the lookup (a fresh string is hashed). */
const FIRST_SYLLABLE_HEADS = new Set(
  Object.keys(FIRST_SYLLABLE_CHECK).map((key) => key.charCodeAt(0)),
);

/**
 * Type words of the skeleton, in text order, read one at a time into `start`/`end`/`type`
 * (the scanner itself is the current hit): a text with a type word every ~150 characters
 * would otherwise keep a hundred thousand hit objects alive through the whole assembly.
 */
export class TypeWordScanner implements TypeWordHit {
  start = 0;
  end = 0;
  type: string | null = null;
  private position = 0;

  constructor(
    private readonly skeleton: string,
    private readonly normalized: string,
  ) {}

  /** Advances to the next type word; false when there is none. */
  next(): boolean {
    const pattern = TYPE_WORD_SCAN;
    pattern.lastIndex = this.position;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(this.skeleton)) !== null) {
      const word = match[1] ?? '';
      const start = match.index + match[0].length - word.length;
      const key = word.includes('  ') ? word.replace(/ {2,3}/gu, ' ') : word;
      const check = FIRST_SYLLABLE_HEADS.has(key.charCodeAt(0))
        ? FIRST_SYLLABLE_CHECK[key]
        : undefined;
      if (check && !check.test(this.normalized.slice(start, start + 2))) {
        // Not this type word: rescan from the space before its second word (`công bố Luật` holds `Luật`).
        pattern.lastIndex = start + word.indexOf(' ');
        continue;
      }
      this.position = pattern.lastIndex;
      this.start = start;
      this.end = start + word.length;
      this.type = TYPE_WORDS[key] ?? null;
      return true;
    }
    this.position = this.skeleton.length;
    return false;
  }
}

/** Whether a stretch of skeleton holds a type word (a body between `Nghị quyết của` and `số` must not). */
export function containsTypeWord(skeletonSlice: string): boolean {
  return TYPE_WORD_TEST.test(skeletonSlice);
}
