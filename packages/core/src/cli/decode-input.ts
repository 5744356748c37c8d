/**
 * Bytes → text for the CLI, refusing to guess silently. Vietnamese pages still turn up in legacy
 * encodings: Windows-1258 (tone marks as separate combining bytes), TCVN3 (`.VnTime` fonts) and VNI
 * (base letter + accent byte). Decoding those as UTF-8 mangles every word, so they are detected
 * and reported with a one-line message naming the suspected encoding.
 */

export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Latin-1 glyphs that TCVN3 (.VnTime) uses for Vietnamese letters and that never occur in
 * Unicode Vietnamese: `µ` = à, `¸` = á, `¶` = ả, `·` = ã, `¹` = ạ, `®` = đ, `¨` = ă, `Ò` = ề …
 * (`Ò`, `Ó`, `Ô` … are also Vietnamese capitals, so only the unambiguous ones count).
 */
const TCVN3_GLYPHS = /[µ¸¶·¹¨®¾»¼½ÆÇËÎÏÑ×ØÞßæçîïñþ]/u;
/** VNI: an ASCII vowel or `d` followed by the accent byte shown as a Latin-1 letter (`Vieät`, `Haø`, `ñ` = đ). */
// Only accent bytes that no Unicode Vietnamese word has after a vowel (`quá`, `hoà` stay safe).
const VNI_SEQUENCE = /[aeiouyAEIOUY][øûõïäåëüö]|[ñÑ](?=[aeiouy])/u;
const WORD = /[A-Za-z\u00A0-\u024F\u1E00-\u1EFF]{2,}/gu;

export type Mojibake = 'TCVN3' | 'VNI';

/**
 * Suspects TCVN3 or VNI text that was decoded as Latin-1/Windows-1252 and saved as UTF-8
 * (valid UTF-8, wrong letters). Needs several damaged words, so one foreign name does not trip it.
 */
export function detectMojibake(text: string): Mojibake | null {
  const words = text.replace(/<[^>]*>/gu, ' ').match(WORD) ?? [];
  if (words.length === 0) return null;
  let tcvn3 = 0;
  let vni = 0;
  for (const word of words) {
    // A real Vietnamese word never mixes these Latin-1 glyphs with letters.
    if (TCVN3_GLYPHS.test(word)) tcvn3++;
    else if (VNI_SEQUENCE.test(word) && !/[\u0100-\u024F\u1E00-\u1EFF]/u.test(word)) vni++;
  }
  const threshold = Math.max(3, words.length * 0.05);
  if (tcvn3 >= threshold && tcvn3 >= vni) return 'TCVN3';
  if (vni >= threshold) return 'VNI';
  return null;
}

/** Bytes of Windows-1258's Vietnamese letters and its combining tone marks (0xCC 0xEC 0xD2 0xDE 0xF2). */
const WINDOWS_1258_BYTES = new Set([
  0xc0, 0xc1, 0xc2, 0xc3, 0xc8, 0xc9, 0xca, 0xcc, 0xcd, 0xd0, 0xd2, 0xd3, 0xd4, 0xd5, 0xd9, 0xda,
  0xdd, 0xde, 0xe0, 0xe1, 0xe2, 0xe3, 0xe8, 0xe9, 0xea, 0xec, 0xed, 0xf0, 0xf2, 0xf3, 0xf4, 0xf5,
  0xf9, 0xfa, 0xfd,
]);

function describeInvalidUtf8(bytes: Uint8Array): string {
  let highBytes = 0;
  let vietnameseBytes = 0;
  let firstOffset = -1;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) continue;
    highBytes++;
    if (WINDOWS_1258_BYTES.has(byte)) vietnameseBytes++;
    if (firstOffset < 0) firstOffset = i;
  }
  const at =
    firstOffset >= 0
      ? ` (first bad byte 0x${(bytes[firstOffset] ?? 0).toString(16).toUpperCase()} at offset ${firstOffset})`
      : '';
  const guess =
    highBytes > 0 && vietnameseBytes / highBytes >= 0.6
      ? 'it looks like Windows-1258 (legacy Vietnamese); convert it with `iconv -f WINDOWS-1258 -t UTF-8` or declare <meta charset="windows-1258">'
      : 'it looks like a legacy 8-bit encoding (Windows-1258, TCVN3 or VNI); convert it to UTF-8 first';
  return `input is not valid UTF-8${at}: ${guess}`;
}

/** The charset an HTML document declares in its first bytes (`<meta charset>` or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/iu.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

export interface DecodedInput {
  text: string;
  /** The encoding used, and a note for stderr when it was not plain UTF-8. */
  encoding: string;
  notice: string | null;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(describeInvalidUtf8(bytes));
  }
}

function checkMojibake(text: string): string {
  const mojibake = detectMojibake(text);
  if (mojibake === 'TCVN3') {
    throw new InputError(
      'input looks like TCVN3 (.VnTime) text shown through Latin-1 (e.g. "µ", "¸", "¶" inside words): convert it from TCVN3 to Unicode first',
    );
  }
  if (mojibake === 'VNI') {
    throw new InputError(
      'input looks like VNI-encoded text shown through Latin-1 (e.g. "Vieät", "Haø"): convert it from VNI to Unicode first',
    );
  }
  return text.normalize('NFC');
}

/**
 * Decodes an input file. HTML honours its declared charset (UTF-8, or any label TextDecoder
 * knows, such as windows-1258, with a notice); text is UTF-8 (UTF-16 with a BOM is accepted).
 * Throws `InputError` with a one-line message for anything it would otherwise mangle.
 */
export function decodeInput(bytes: Uint8Array, kind: 'html' | 'text'): DecodedInput {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: checkMojibake(new TextDecoder('utf-16le').decode(bytes)),
      encoding: 'utf-16le',
      notice: null,
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: checkMojibake(new TextDecoder('utf-16be').decode(bytes)),
      encoding: 'utf-16be',
      notice: null,
    };
  }
  const charset = kind === 'html' ? declaredCharset(bytes) : null;
  if (charset !== null && !UTF8_LABELS.has(charset)) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset, { fatal: true });
    } catch {
      throw new InputError(
        `the page declares charset "${charset}", which this runtime cannot decode: convert it to UTF-8 first`,
      );
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new InputError(
        `the page declares charset "${charset}" but its bytes are not valid ${charset}`,
      );
    }
    return {
      text: checkMojibake(text),
      encoding: decoder.encoding,
      notice: `decoded as ${decoder.encoding}, as the page's <meta charset> declares`,
    };
  }
  // Strip a UTF-8 BOM: it would otherwise glue itself to the first line (the title).
  const text = decodeUtf8(bytes).replace(/^\uFEFF/u, '');
  return { text: checkMojibake(text), encoding: 'utf-8', notice: null };
}
