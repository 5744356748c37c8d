/**
 * `@govclip/archive/import` — validated restore of JSON backups and import of W3C annotations.
 * Every refusal is an `ImportError` (typed code, Vietnamese and English message) thrown before
 * the first write.
 */
export { ImportError, type ImportErrorCode } from './import-error';
export { parseBackup, type BackupInput, type ParsedBackup } from './parse-backup';
export {
  restoreBackup,
  restoreParsedBackup,
  type RestoreOptions,
  type RestoreReport,
} from './restore';
export {
  importWebAnnotations,
  parseWebAnnotations,
  type WebAnnotationImportOptions,
  type WebAnnotationImportReport,
} from './web-annotation-import';
export { BACKUP_MIGRATIONS } from './backup-migrations';
