import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { Reference } from '@govclip/core';
import type { Annotation, ArchivedArticle } from '../types';
import { fileDate, type ExportFile } from './export-file';
import { distinctReferences } from './markdown';
import {
  annotationsByArticle,
  yieldToEventLoop,
  type ArchiveSnapshot,
  type ExportOptions,
} from './snapshot';

/**
 * DOCX report for Word: per article its title and metadata, the article note, the highlights
 * with their notes, and a table of the documents it cites. Vietnamese needs a font with its
 * glyphs set EXPLICITLY on every run (Word otherwise falls back per script and mixes fonts in
 * one word), the `vi-VN` proofing language, and NFC text (decomposed marks render detached).
 */
export const DOCX_FONT = 'Times New Roman';
/** 13 pt, in half-points: the size of Vietnamese administrative documents (NĐ 30/2020). */
const BODY_SIZE = 26;

export const DOCX_LABELS = {
  url: 'Địa chỉ',
  site: 'Trang',
  published: 'Ngày đăng',
  author: 'Tác giả',
  tags: 'Thẻ',
  note: 'Ghi chú',
  highlights: 'Đánh dấu và ghi chú',
  references: 'Văn bản được trích dẫn',
  orphaned: '(không còn tìm thấy trong bài)',
  referenceColumns: ['Văn bản', 'Ngày ban hành', 'Cơ quan ban hành', 'Trích yếu', 'Loại'],
} as const;

function run(text: string, options: Omit<IRunOptions, 'text' | 'font'> = {}): TextRun {
  return new TextRun({
    ...options,
    text: text.normalize('NFC'),
    font: DOCX_FONT,
    language: { value: 'vi-VN' },
  });
}

/** Line breaks inside a text become `w:br`, so multi-line notes keep their shape. */
function runs(text: string, options: Omit<IRunOptions, 'text' | 'font'> = {}): TextRun[] {
  return text
    .split('\n')
    .map((line, index) => run(line, { ...options, break: index > 0 ? 1 : undefined }));
}

function metadataLine(label: string, value: string | null): Paragraph | null {
  if (value === null || value.trim() === '') return null;
  return new Paragraph({ children: [run(`${label}: `, { bold: true }), run(value)] });
}

function highlightParagraphs(annotation: Annotation): Paragraph[] {
  const quote = annotation.target.selector[0].exact;
  const paragraphs = [
    new Paragraph({
      indent: { left: 567 },
      border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'C9A400', space: 8 } },
      children: [
        ...runs(quote, { italics: true }),
        ...(annotation.orphaned ? [run(` ${DOCX_LABELS.orphaned}`, { color: '888888' })] : []),
      ],
    }),
  ];
  if (annotation.note.trim() !== '') {
    paragraphs.push(
      new Paragraph({ indent: { left: 567 }, children: runs(annotation.note.trim()) }),
    );
  }
  if (annotation.tags.length > 0) {
    paragraphs.push(
      new Paragraph({
        indent: { left: 567 },
        children: [run(`${DOCX_LABELS.tags}: `, { bold: true }), run(annotation.tags.join(', '))],
      }),
    );
  }
  return paragraphs;
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: runs(text, { bold, size: 22 }) })] });
}

function referenceTable(references: readonly Reference[]): Table {
  const header = new TableRow({
    tableHeader: true,
    children: DOCX_LABELS.referenceColumns.map((label) => cell(label, true)),
  });
  const rows = references.map(
    (reference) =>
      new TableRow({
        children: [
          // `text` is the identifier as written (`Nghị quyết số 03-NQ/TU`), no date or body.
          cell(reference.text),
          cell(reference.date ?? (reference.year === null ? '' : String(reference.year))),
          cell(reference.issuingBody ?? reference.issuer ?? ''),
          cell(reference.title ?? ''),
          cell(reference.type),
        ],
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function articleSection(
  archived: ArchivedArticle,
  annotations: readonly Annotation[],
  first: boolean,
) {
  const { article } = archived;
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [...(first ? [] : [new PageBreak()]), run(article.title, { bold: true, size: 32 })],
    }),
  ];
  const metadata = [
    metadataLine(DOCX_LABELS.url, article.canonicalUrl ?? article.url),
    metadataLine(DOCX_LABELS.site, article.siteName),
    metadataLine(DOCX_LABELS.published, article.published),
    metadataLine(DOCX_LABELS.author, article.author),
    metadataLine(DOCX_LABELS.tags, archived.tags.join(', ')),
  ];
  for (const line of metadata) if (line !== null) children.push(line);
  if (archived.note.trim() !== '') {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(DOCX_LABELS.note)] }),
    );
    children.push(new Paragraph({ children: runs(archived.note.trim()) }));
  }
  if (annotations.length > 0) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(DOCX_LABELS.highlights)] }),
    );
    for (const annotation of annotations) children.push(...highlightParagraphs(annotation));
  }
  const references = distinctReferences(article.references);
  if (references.length > 0) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(DOCX_LABELS.references)] }),
    );
    children.push(referenceTable(references));
  }
  return children;
}

export interface DocxOptions extends ExportOptions {
  now?: Date;
  baseName?: string;
}

export async function exportDocx(
  snapshot: ArchiveSnapshot,
  options: DocxOptions = {},
): Promise<ExportFile> {
  const groups = annotationsByArticle(snapshot.annotations);
  const children: Array<Paragraph | Table> = [];
  for (const [index, archived] of snapshot.articles.entries()) {
    children.push(...articleSection(archived, groups.get(archived.id) ?? [], index === 0));
    options.onProgress?.(index + 1, snapshot.articles.length);
    if (index % 50 === 49) await yieldToEventLoop();
  }
  const headingRun = { font: DOCX_FONT, color: '1F3864' };
  const document = new Document({
    creator: 'GovClip',
    title:
      snapshot.articles.length === 1
        ? (snapshot.articles[0]?.article.title ?? 'GovClip')
        : 'GovClip',
    styles: {
      default: {
        document: { run: { font: DOCX_FONT, size: BODY_SIZE, language: { value: 'vi-VN' } } },
        title: { run: { ...headingRun, size: 32 } },
        heading1: { run: { ...headingRun, size: 28, bold: true } },
      },
    },
    sections: [{ children }],
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(document));
  const baseName = options.baseName ?? `govclip-report-${fileDate(options.now ?? new Date())}`;
  return {
    fileName: `${baseName}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    bytes,
  };
}
