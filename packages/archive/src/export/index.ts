/**
 * `@govclip/archive/export` — every export format, over a plain snapshot of the archive.
 * A separate entry point (not re-exported by the package root) so pages that never export do
 * not bundle `docx`.
 */
export type { ArchiveSnapshot, ExportOptions, ProgressCallback } from './snapshot';
export type { ExportFile } from './export-file';
export { readArchiveSnapshot, type SnapshotScope } from './read-snapshot';
export { exportMarkdown, articleToMarkdown, type MarkdownExportOptions } from './markdown';
export { exportDocx, type DocxOptions } from './docx-report';
export {
  exportWebAnnotations,
  webAnnotationCollection,
  toWebAnnotation,
  ANNOTATION_CONTEXT,
  type WebAnnotation,
  type WebAnnotationCollection,
} from './web-annotation';
export { exportReferencesCsv, referencesCsv } from './csv';
export {
  exportBackup,
  createBackup,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupFile,
  type BackupOptions,
} from './backup';
export { yamlString, frontMatter } from './yaml-scalar';
