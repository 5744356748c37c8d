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
      const spaced = normalizeText(piece)
        .replace(/[ \t]+$/u, '')
        .replace(/^[ \t]+/u, '');
      lines.push({
        index: lines.length,
        text: collapseWhitespace(piece),
        key: collapseWhitespace(normalizeText(piece)),
        spaced,
        fromGluedLine: pieces.length > 1,
      });
    }
  }
  return lines;
}
