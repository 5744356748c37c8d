import { ARCHIVE_DB_VERSION } from '../storage/schema';

/**
 * Migrations of backup DATA from the schema version it was written by up to the current one,
 * applied to the raw (checksum-verified) JSON before strict validation, so the validator only
 * ever knows the current shape. Each step mirrors the database migration of the same number
 * (`storage/migrations.ts`) for what it changes in PRIMARY records; derived stores (search,
 * cards, citations) are never in a backup and are rebuilt by the restore. Up to v3 no step
 * changed a primary record, so the steps are identities; a future step that renames or reshapes
 * a field goes here, with a fixture backup of the version before.
 */
export interface BackupMigration {
  /** The schema version this step produces. */
  version: number;
  description: string;
  /**
   * Returns the migrated data without modifying `data`: the checksum of a file in another
   * layout re-serializes the raw data while the migrated copy is being validated.
   */
  migrate(data: Record<string, unknown>): Record<string, unknown>;
}

export const BACKUP_MIGRATIONS: readonly BackupMigration[] = [
  {
    version: 2,
    description: 'v2 added the search store only: records unchanged (search rebuilt on restore)',
    migrate: (data) => data,
  },
  {
    version: 3,
    description:
      'v3 added cards and citations (rebuilt on restore); `failedImages` on articles is ' +
      'optional and stays absent on older records, exactly as the database migration leaves them',
    migrate: (data) => data,
  },
];

/** Brings backup data written by schema `fromVersion` to the current schema. */
export function migrateBackupData(
  data: Record<string, unknown>,
  fromVersion: number,
  toVersion: number = ARCHIVE_DB_VERSION,
): Record<string, unknown> {
  let current = data;
  for (const migration of BACKUP_MIGRATIONS) {
    if (migration.version > fromVersion && migration.version <= toVersion) {
      current = migration.migrate(current);
    }
  }
  return current;
}
