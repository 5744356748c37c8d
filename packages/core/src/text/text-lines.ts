import { collapseWhitespace, normalizeText } from '../unicode';
import { METADATA_LABEL } from './text-noise';

/** One line of a plain-text extraction, in the three forms the pipeline needs. */
export interface TextLine {
  /** Position in the split input (after glued lines were split). */
  index: number;
  /** As shown: NFC, white space collapsed, trimmed. Letters stay as typed (`Ð` is kept). */
  text: string;
  /** For matching: also `Ð`→`Đ`, exotic spaces → space. */
  key: string;
  /** Normalized but with runs of spaces kept (breadcrumb and tool rows use wide gaps). */
  spaced: string;
  /** This line was cut out of a longer line whose sentences were glued together. */
  fromGluedLine: boolean;
}

/**
 * CKEditor ENTER_BR bodies lose their `<br>` in `textContent`, so lines arrive glued:
 * `…nhập ngũ.Tại buổi lễ…`. A sentence end directly followed by a capitalised word (no space)
 * is such a seam. A lower-case letter, digit or closing quote must precede the stop, so
 * abbreviations (`TP.Hồ Chí Minh`) and domains (`Chinhphu.vn`) are left alone.
 */
const GLUED_SENTENCE_SEAM = /(?<=[\p{Ll}\p{N})”"’][.!?…])(?=\p{Lu}\p{Ll})/u;

export function splitGluedSentences(line: string): string[] {
  return line.split(GLUED_SENTENCE_SEAM).filter((part) => part.trim() !== '');
}

/**
 * Old-style tone placement → the modern one, for matching only: `hoà`→`hòa`, `khoá`→`khóa`,
 * `thuỷ`→`thủy`, `uỷ`→`ủy` (open syllables only; `quý` keeps its mark on the `y`). Noise patterns
 * are written in the modern style and so match pages typed either way.
 */
const OLD_STYLE_TONE =
  /([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?![\p{L}\p{M}])|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;
/** Combining tone mark → index into the toned vowels below. */
const TONE_INDEX: Readonly<Record<string, number>> = {
  '\u0300': 0,
  '\u0301': 1,
  '\u0309': 2,
  '\u0303': 3,
  '\u0323': 4,
};
const TONED_VOWEL: Readonly<Record<string, readonly string[]>> = {
  o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'],
  O: ['Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
  u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'],
  U: ['Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
};

export function modernTonePlacement(text: string): string {
  return text.replace(
    OLD_STYLE_TONE,
    (match: string, o?: string, oMarked?: string, u?: string, uMarked?: string) => {
      const base = o ?? u ?? '';
      const decomposed = (oMarked ?? uMarked ?? '').normalize('NFD');
      const tone = TONE_INDEX[decomposed.slice(1)];
      const toned = tone === undefined ? undefined : TONED_VOWEL[base]?.[tone];
      return toned ? `${toned}${decomposed[0] ?? ''}` : match;
    },
  );
}

/** `Người đăng tin: X Ngày đăng tin: 06/12/2024` → one piece per label (only for label rows). */
export function splitLabelRow(line: string): string[] {
  const starts = [...line.matchAll(METADATA_LABEL)].map((match) => match.index);
  if (starts.length < 2 || line.slice(0, starts[0]).trim() !== '') return [line];
  return starts.map((start, i) => line.slice(start, starts[i + 1] ?? line.length).trim());
}

/** Splits the input into lines, NFC-normalized, glued ENTER_BR sentences and label rows separated. */
export function toTextLines(input: string): TextLine[] {
  const lines: TextLine[] = [];
  for (const rawLine of input.normalize('NFC').split(/\r\n|\r|\n|\u2028|\u2029/u)) {
    const parts = splitGluedSentences(rawLine).flatMap(splitLabelRow);
    const pieces = parts.length > 0 ? parts : [''];
    for (const piece of pieces) {
      const spaced = modernTonePlacement(normalizeText(piece))
        .replace(/[ \t]+$/u, '')
        .replace(/^[ \t]+/u, '');
      lines.push({
        index: lines.length,
        text: collapseWhitespace(piece),
        key: modernTonePlacement(collapseWhitespace(normalizeText(piece))),
        spaced,
        fromGluedLine: pieces.length > 1,
      });
    }
  }
  return lines;
}
