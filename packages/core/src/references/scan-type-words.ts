import { isCapitalLetterCode, isDigitCode } from './letter-case';
import { skeletonAlternation } from './prepare-text';
import { PARTY_SYMBOL_CODES } from './type-codes-table';
import { GENERIC_TYPE, TYPE_WORDS } from './type-words-table';

/** A type word found in the skeleton: `Nghị quyết`, `QUYẾT ĐỊNH`, `Nghi quyet`, `Nghị\nđịnh`. */
export interface TypeWordHit {
  start: number;
  end: number;
  /** Canonical type, `văn bản` for the generic word, null for non-document phrases (`pháp luật`). */
  type: string | null;
  /**
   * The hit is a type code written for the type word before a number (`NQ 57`): its type is
   * the full mention's, known only to the assembly (`type` is null then). Skeleton spelling.
   */
  abbreviation?: string | null;
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
      ([char, child]) => (char === ' ' ? ' {0,3}' : escapeForRegExp(char)) + emit(child),
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

/** Telex letters for the marks of a decomposed letter (`ê` → `ee`, `ư` → `uw`) and the tones. */
const TELEX_MODIFIERS: Readonly<Record<string, string>> = {
  '\u0302': 'double',
  '\u0306': 'w',
  '\u031B': 'w',
};
const TELEX_TONES: Readonly<Record<string, string>> = {
  '\u0301': 's',
  '\u0300': 'f',
  '\u0309': 'r',
  '\u0303': 'x',
  '\u0323': 'j',
};

/** A printed word as Telex types it with the input method off: `quyết` → `quyeets`. */
function telexSpelling(word: string): string {
  return word
    .split(' ')
    .map((syllable) => {
      let letters = '';
      let tone = '';
      for (const char of syllable.normalize('NFD')) {
        const modifier = TELEX_MODIFIERS[char];
        if (modifier === 'double') letters += letters.at(-1) ?? '';
        else if (modifier !== undefined) letters += modifier;
        else if (TELEX_TONES[char] !== undefined) tone = TELEX_TONES[char] ?? '';
        else if (char === 'đ' || char === 'Đ') letters += 'dd';
        else letters += char;
      }
      return letters + tone;
    })
    .join(' ');
}

/**
 * The type words typed in Telex with the input method off (`Nghij quyeets`, `Quyeets ddinhj`),
 * keyed by their skeleton: a chat message's spelling that readers still take for the type.
 */
const TELEX_TYPE_WORDS: ReadonlyMap<string, string> = new Map(
  [...new Set(Object.values(TYPE_WORDS))]
    .filter((type): type is string => type !== null && type !== GENERIC_TYPE)
    .map((type): [string, string] => [telexSpelling(type.toLowerCase()).toUpperCase(), type])
    .filter(([key]) => TYPE_WORDS[key] === undefined),
);

/** Every type word and Telex spelling as one factored pattern (the scan and the glued search). */
const TYPE_WORD_TRIE = trieSource([...Object.keys(TYPE_WORDS), ...TELEX_TYPE_WORDS.keys()]);

/**
 * The skeleton is all capitals, so a pattern starting with a letter would enter the trie at
 * nearly every position; anchoring on the character before the word (or the text start)
 * makes the engine skip to word starts. Line breaks became spaces in the skeleton; `\r\n` and
 * NBSP runs leave up to three. No capture group: the word starts after the one character
 * before it (none at the text start), which the scanner finds by code (a capture costs a
 * substring per hit).
 */
const TYPE_WORD_SOURCE = `(?:^|[^A-Z])${TYPE_WORD_TRIE}(?![A-Z])`;

/**
 * Type codes officials write for the type word before a number (`NQ 57`, `QĐ số 1234`, `KH 89`),
 * skeleton spellings: a back-reference only after a full mention with that code and number,
 * which the assembly checks. Scanned in the same pass as the type words (a second scan of the
 * whole text would cost as much as the first), and only where a number follows.
 */
const ABBREVIATED_TYPES = skeletonAlternation([...PARTY_SYMBOL_CODES, 'NĐ', 'QC', 'CĐ', 'TTLT']);
const ABBREVIATED_SET: ReadonlySet<string> = new Set(ABBREVIATED_TYPES.split('|'));
const ABBREVIATION_SOURCE = `(?:${ABBREVIATED_TYPES})(?= {0,2}(?:SO {0,2}:? {0,2})?\\d)`;

/**
 * Whether skeleton text starts with a type code written for the type word before a number
 * (`KH SO 89/KH-UBND`, `NQ 57`), as the scan reads one: another document cited, for the field
 * readers that must stop before it.
 */
export function startsWithAbbreviatedCitation(skeletonRest: string): boolean {
  return ABBREVIATED_CITATION_START.test(skeletonRest);
}
const ABBREVIATED_CITATION_START = new RegExp(`^${ABBREVIATION_SOURCE}`);

const TYPE_WORD_SCAN = new RegExp(
  `(?:^|[^A-Z])(?:${TYPE_WORD_TRIE}(?![A-Z])|${ABBREVIATION_SOURCE})`,
  'g',
);

/**
 * Where the type word starts in a match of the scan's patterns, which open on the character
 * before the word: a letter first means the word is at the text's start.
 */
function typeWordOffset(matched: string): number {
  return isCapitalLetterCode(matched.charCodeAt(0)) ? 0 : 1;
}

/** A matched type word as its key: the one to three spaces between its words as one. */
function typeWordKey(matched: string): string {
  return matched.includes('  ') ? matched.replace(/ {2,3}/gu, ' ') : matched;
}

/** `TYPE_WORDS` as a map: a hit's key is a fresh string, which a map hashes once. */
const TYPE_OF_WORD: ReadonlyMap<string, string | null> = new Map([
  ...Object.entries(TYPE_WORDS),
  ...TELEX_TYPE_WORDS,
]);

/**
 * The type words with the spaces between their words lost (`Nghịquyết số 26-NQ/TW`, text out of
 * OCR), keyed by their skeleton without spaces: the trie lets the spaces go, this tells the type.
 */
const GLUED_TYPE_OF_WORD: ReadonlyMap<string, string | null> = new Map(
  [...TYPE_OF_WORD]
    .filter(([key]) => key.includes(' ') && !TYPE_OF_WORD.has(key.replaceAll(' ', '')))
    .map(([key, type]) => [key.replaceAll(' ', ''), type]),
);

/**
 * Skeleton collisions between a type word and common words (`công bố Luật` reads `BO LUAT`,
 * `thực hiện pháp luật` reads `HIEN PHAP`, `Luật Giá` reads `LUAT GIA` like `luật gia`, a
 * jurist): each of these words must pass its check, tested on the printed words. One that
 * fails is read as its first word alone when that is a type word, else from its second word.
 */
const WORD_CHECK: Readonly<Record<string, RegExp>> = {
  // `Bộ luật`, `BỘ LUẬT`, `bộ luật`; not `công bố Luật`, nor `50 bộ Luật …` (copies of a Law:
  // a lower-case `bộ` before a capital `Luật` is a counting word).
  'BO LUAT': /^(?:B[ộỘoO]\s+\S|b[ộo]\s+\p{Ll})/u,
  // `kỷ luật` (discipline), not `ký Luật …` (signs a Law).
  'KY LUAT': /^kỷ\s/iu,
  // `Hiến pháp`, not `thực hiện pháp luật` (upper-case headings lose nothing else to tell them).
  'HIEN PHAP': /^(?!hiện\s)/iu,
  // `luật gia` (a jurist), not `Luật Giá` (the Law on Prices).
  'LUAT GIA': /^luật\s+gia$/iu,
  // `luật sư` (a lawyer), not `Luật Sử dụng năng lượng …` (a law whose name starts with `sử`).
  'LUAT SU': /^\S+\s+(?![sS][ửỬ])/u,
  // `Tờ trình`, not `Tổ trinh sát số 5` (a reconnaissance team).
  'TO TRINH': /^(?![tT][ổỔ]\s)/u,
};

/** First letters of the keys above: most hits skip the lookup (a fresh string is hashed). */
const WORD_CHECK_HEADS = new Set(Object.keys(WORD_CHECK).map((key) => key.charCodeAt(0)));

/** `viên` after a type word: a person who guides or reports (`hướng dẫn viên`, `báo cáo viên`). */
const PERSON_SUFFIX = /^[ \t]{1,3}viên(?![\p{L}])/u;
/** Types whose names go on with `viên` (`Luật Viên chức`, `luật viên chức` typed in lower case). */
const NAMED_BY_VIEN: ReadonlySet<string> = new Set(['Luật', 'Bộ luật', 'Pháp lệnh']);

/**
 * Type words of the skeleton, in text order, read one at a time into `start`/`end`/`type`
 * (the scanner itself is the current hit): a text with a type word every ~150 characters
 * would otherwise keep a hundred thousand hit objects alive through the whole assembly.
 */
export class TypeWordScanner implements TypeWordHit {
  start = 0;
  end = 0;
  type: string | null = null;
  abbreviation: string | null = null;
  private position = 0;

  constructor(
    private readonly skeleton: string,
    private readonly normalized: string,
  ) {}

  /** Advances to the next type word; false when there is none. */
  next(): boolean {
    const pattern = TYPE_WORD_SCAN;
    const skeleton = this.skeleton;
    pattern.lastIndex = this.position;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(skeleton)) !== null) {
      const end = pattern.lastIndex;
      const start = match.index + typeWordOffset(match[0]);
      const key = typeWordKey(skeleton.slice(start, end));
      let hitEnd = end;
      // `NQ 57`, and `NQ57` glued as chats type it.
      if (
        ABBREVIATED_SET.has(key) &&
        (skeleton.charCodeAt(end) === 0x20 || isDigitCode(skeleton.charCodeAt(end)))
      ) {
        this.position = end;
        this.start = start;
        this.end = end;
        this.type = null;
        this.abbreviation = key;
        return true;
      }
      this.abbreviation = null;
      let type = TYPE_OF_WORD.get(key);
      if (type === undefined) {
        // Words glued together: OCR's lost spaces, not a hashtag (`#NghiDinh168`) or a code
        // glued to its number.
        type = GLUED_TYPE_OF_WORD.get(key.replaceAll(' ', ''));
        if (
          type === undefined ||
          skeleton.charCodeAt(start - 1) === 0x23 ||
          isDigitCode(skeleton.charCodeAt(end))
        ) {
          pattern.lastIndex = start + 1;
          continue;
        }
      }
      const check = WORD_CHECK_HEADS.has(key.charCodeAt(0)) ? WORD_CHECK[key] : undefined;
      if (check && !check.test(this.normalized.slice(start, end))) {
        const firstWord = key.slice(0, key.indexOf(' '));
        type = TYPE_OF_WORD.get(firstWord);
        if (type === undefined) {
          // Not a type word here: rescan from the space before its second word (`công bố Luật` holds `Luật`).
          pattern.lastIndex = start + key.indexOf(' ');
          continue;
        }
        // `Luật Giá`: the first word is the type word, the rest its name.
        hitEnd = start + firstWord.length;
      }
      // `hướng dẫn viên số 0912/CC-HDV` (a tour guide's card), `báo cáo viên`: the word with
      // `viên` names a person (no annotated reference reads one; 74 sentences hold them). Not a
      // law's name in lower case (`luật viên chức`).
      if (
        type !== null &&
        type !== undefined &&
        !NAMED_BY_VIEN.has(type) &&
        PERSON_SUFFIX.test(this.normalized.slice(hitEnd, hitEnd + 8))
      ) {
        pattern.lastIndex = hitEnd;
        continue;
      }
      this.position = hitEnd;
      this.start = start;
      this.end = hitEnd;
      this.type = type ?? null;
      return true;
    }
    this.position = skeleton.length;
    return false;
  }
}

/**
 * A type word glued to the letter before it and ending the stretch (`CAN CUNGHI DINH`, the
 * skeleton of `Căn cứNghị định`): a line break lost when a document was copied. The scan above
 * never sees it, since a type word there starts after a character that is not a letter.
 */
const GLUED_TYPE_WORD_END = new RegExp(`(?<=[A-Z])${TYPE_WORD_TRIE}$`);

/**
 * The type word glued to the word before it that ends at `end` (after `from`), when the
 * printed text shows the seam: a lower-case letter, then the type word's capital
 * (`cứNghị định`). Null otherwise, and for phrases that name no document.
 */
export function gluedTypeWordBefore(
  skeleton: string,
  normalized: string,
  from: number,
  end: number,
): TypeWordHit | null {
  const match = GLUED_TYPE_WORD_END.exec(skeleton.slice(from, end));
  if (!match) return null;
  const start = from + match.index;
  if (!SEAM.test(normalized.slice(start - 1, start + 1))) return null;
  const type = TYPE_OF_WORD.get(typeWordKey(match[0]));
  return type ? { start, end, type } : null;
}
const SEAM = /^\p{Ll}\p{Lu}$/u;

/** Up to four words, the last cut by a hyphen before a line break, then the rest of that word. */
const HYPHENATED_WORDS_END = /(?:^|[^A-Z])((?:[A-Z]+ {1,3}){0,3}[A-Z]+)- {1,3}([A-Z]+)$/;
const LINE_BREAK_AFTER_HYPHEN = /^-[ \t]*\r?\n/u;

/**
 * A type word hyphenated at a line's end, as a PDF's text layer keeps it (`Nghị đ-\ninh số
 * 30/2020/NĐ-CP`), ending at `end`; null when there is none. The hyphen must stand before a line
 * break: `đ - inh` between spaces is no split word.
 */
export function hyphenatedTypeWordBefore(
  skeleton: string,
  normalized: string,
  from: number,
  end: number,
): TypeWordHit | null {
  const match = HYPHENATED_WORDS_END.exec(skeleton.slice(from, end));
  if (!match) return null;
  const head = match[1] ?? '';
  // The match may open with the character before the words: the head starts where it is found.
  const headStart = from + match.index + match[0].indexOf(head);
  const hyphenAt = headStart + head.length;
  if (!LINE_BREAK_AFTER_HYPHEN.test(normalized.slice(hyphenAt, hyphenAt + 6))) return null;
  const words = head.split(/ +/u);
  let wordStart = headStart;
  for (let index = 0; index < words.length; index++) {
    const key = `${words.slice(index).join(' ')}${match[2] ?? ''}`;
    const type = TYPE_OF_WORD.get(key);
    if (type) return { start: wordStart, end, type };
    wordStart = skeleton.indexOf(words[index + 1] ?? '', wordStart + (words[index]?.length ?? 0));
  }
  return null;
}

/**
 * Whether a stretch of skeleton holds a type word (a body between `Nghị quyết của` and `số` must
 * not). A phrase that names no document is no type word (`Đoàn Luật sư`, `LUAT SU`: a lawyer).
 */
export function containsTypeWord(skeletonSlice: string): boolean {
  TYPE_WORD_FIND.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TYPE_WORD_FIND.exec(skeletonSlice)) !== null) {
    const key = typeWordKey(match[0].slice(typeWordOffset(match[0])));
    if (TYPE_OF_WORD.get(key) !== null) return true;
  }
  return false;
}
const TYPE_WORD_FIND = new RegExp(TYPE_WORD_SOURCE, 'g');
