import type { Reference } from '@govclip/core';
import type { ArchivedArticle } from '../types';
import { textFile, type ExportFile } from './export-file';
import type { ArchiveSnapshot, ExportOptions } from './snapshot';

/**
 * CSV of cited documents: one row per (article, reference) with the parsed fields.
 * RFC 4180 (comma, CRLF, fields with `"`/`,`/line breaks quoted, `"` doubled), UTF-8 with a BOM
 * so Excel shows Vietnamese, and cells that a spreadsheet would run as a formula prefixed `'`.
 */

type Cell = string | number | null;

interface Column {
  header: string;
  value: (archived: ArchivedArticle, reference: Reference) => Cell;
}

/** Column order and Vietnamese headers: data, so a reviewer can read the layout at a glance. */
export const REFERENCE_CSV_COLUMNS: readonly Column[] = [
  { header: 'Mã bài', value: (a) => a.id },
  { header: 'Tiêu đề bài', value: (a) => a.article.title },
  { header: 'URL bài', value: (a) => a.article.canonicalUrl ?? a.article.url },
  { header: 'Ngày đăng', value: (a) => a.article.published },
  { header: 'Trích dẫn', value: (_, r) => r.text },
  { header: 'Khối', value: (_, r) => r.kind },
  { header: 'Loại văn bản', value: (_, r) => r.type },
  { header: 'Số', value: (_, r) => r.number },
  { header: 'Ký hiệu', value: (_, r) => r.code },
  { header: 'Cơ quan (ký hiệu)', value: (_, r) => r.issuer },
  { header: 'Năm', value: (_, r) => r.year },
  { header: 'Ngày ban hành', value: (_, r) => r.date },
  { header: 'Cơ quan ban hành', value: (_, r) => r.issuingBody },
  { header: 'Khóa', value: (_, r) => r.term },
  { header: 'Trích yếu', value: (_, r) => r.title },
  { header: 'Dạng trích dẫn', value: (_, r) => r.form },
  { header: 'Khóa nhóm', value: (_, r) => r.key },
  { header: 'Vị trí đầu', value: (_, r) => r.start },
  { header: 'Vị trí cuối', value: (_, r) => r.end },
];

/** Leading characters that make Excel, LibreOffice or Sheets evaluate a cell (OWASP list). */
const FORMULA_START = /^[=+\-@\t\r]/u;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? String(value) : value.normalize('NFC');
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

export const CSV_BOM = '\ufeff';

/** The CSV text (with BOM) of every reference of every article in the snapshot. */
export function referencesCsv(snapshot: ArchiveSnapshot, options: ExportOptions = {}): string {
  const lines = [csvRow(REFERENCE_CSV_COLUMNS.map((column) => column.header))];
  snapshot.articles.forEach((archived, index) => {
    for (const reference of archived.article.references) {
      lines.push(csvRow(REFERENCE_CSV_COLUMNS.map((column) => column.value(archived, reference))));
    }
    options.onProgress?.(index + 1, snapshot.articles.length);
  });
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

export function exportReferencesCsv(
  snapshot: ArchiveSnapshot,
  options: ExportOptions & { baseName?: string } = {},
): ExportFile {
  return textFile(
    `${options.baseName ?? 'govclip-references'}.csv`,
    'text/csv;charset=utf-8',
    referencesCsv(snapshot, options),
  );
}
