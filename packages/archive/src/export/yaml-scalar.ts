/**
 * A tiny YAML emitter for front matter: scalars, block sequences of scalars, and one level of
 * `key: value` mapping. Enough for Obsidian properties, small enough to test exhaustively
 * (no YAML dependency is installed, and we only ever WRITE YAML).
 *
 * A string is written plain only when no YAML 1.1 or 1.2 reader can mistake it for anything
 * else; otherwise it is double-quoted with every special character escaped. Being conservative
 * costs a few quotes; being clever corrupts titles like `Kết luận: …` or `#tin-nổi-bật`.
 */

/** Words that YAML (1.1 or 1.2) reads as booleans or null when plain. */
const RESERVED_PLAIN_WORDS = /^(?:true|false|yes|no|on|off|y|n|null|~)$/iu;

/**
 * Plain is allowed only for text that starts with a letter and holds letters, digits, spaces
 * and a few harmless punctuation marks. `:`, `#`, quotes, brackets, commas and the like always
 * force quoting, whatever their position, so no context rule has to be right.
 */
const SAFE_PLAIN = /^\p{L}[\p{L}\p{M}\p{N} .()/_\-–—]*$/u;

/** `YYYY-MM-DD`: written plain so Obsidian shows it as a date property. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\0': '\\0',
  '\u0085': '\\N',
  '\u00a0': '\\_',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

function escapeChar(char: string): string {
  const known = ESCAPES[char];
  if (known !== undefined) return known;
  const code = char.charCodeAt(0);
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Double-quoted YAML scalar: every control, line-break and non-printable character escaped. */
export function yamlQuoted(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  return `"${value.replace(/[\\"\u0000-\u001f\u007f-\u009f\u00a0\u2028\u2029\ufeff\ud800-\udfff]/gu, escapeChar)}"`;
}

/** A YAML scalar for one string: plain when unambiguous, double-quoted otherwise. Text as NFC. */
export function yamlString(raw: string): string {
  const value = raw.normalize('NFC');
  if (value.trim() !== value || value === '') return yamlQuoted(value);
  if (RESERVED_PLAIN_WORDS.test(value)) return yamlQuoted(value);
  if (SAFE_PLAIN.test(value)) return value;
  return yamlQuoted(value);
}

export type YamlScalar = string | number | boolean | null;

export function yamlScalar(value: YamlScalar): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`YAML: cannot write the number ${value}`);
    return String(value);
  }
  return yamlString(value);
}

/** A date property: plain `YYYY-MM-DD` (a YAML date Obsidian recognises), any other text quoted. */
export function yamlDate(value: string): string {
  return ISO_DATE.test(value) ? value : yamlString(value);
}

export type FrontMatterValue = YamlScalar | readonly string[] | { date: string };

/** Keys are plain identifiers chosen by us; anything else would be a programming error. */
const SAFE_KEY = /^[a-z][a-z0-9_-]*$/u;

/**
 * A front-matter block (`---` … `---`) from ordered entries. `undefined` values are left out;
 * arrays become block sequences (an empty array becomes `[]`).
 */
export function frontMatter(
  entries: ReadonlyArray<readonly [string, FrontMatterValue | undefined]>,
): string {
  const lines = ['---'];
  for (const [key, value] of entries) {
    if (!SAFE_KEY.test(key)) throw new Error(`YAML: unsafe key ${JSON.stringify(key)}`);
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${key}: []`);
      else lines.push(`${key}:`, ...value.map((item: string) => `  - ${yamlString(item)}`));
    } else if (value !== null && typeof value === 'object') {
      lines.push(`${key}: ${yamlDate((value as { date: string }).date)}`);
    } else {
      lines.push(`${key}: ${yamlScalar(value as YamlScalar)}`);
    }
  }
  lines.push('---');
  return lines.join('\n') + '\n';
}
