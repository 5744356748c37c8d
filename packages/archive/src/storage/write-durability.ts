/**
 * How the archive's everyday writes commit: a save, a highlight, a note, a tag, a delete, and
 * the search index's compaction in the background. `relaxed` reports a transaction complete
 * once the operating system holds its data, without waiting for a flush to disk.
 *
 * Why: with `strict` every save waits for a disk flush. Chrome announced `relaxed` as its default
 * from version 121, yet in Debian's Chromium 156 on the bench machine a transaction that asks
 * for nothing still measured like `strict`: 200 transactions of one 10 KB record and 20 small
 * rows each took p50 4.5–5.6 ms and p95 8.9–10.0 ms relaxed, against p50 5.0–6.6 ms and p95
 * 11.5–17.3 ms asking nothing (5.8–7.5 / 12.2–16.8 ms strict), in three runs alternating the
 * modes. The archive bench's save p95 did not move with it: its tail there comes from elsewhere.
 *
 * What it risks: nothing against a closed tab or a browser crash (the operating system already
 * has the data), and atomicity is the same (a transaction still commits all or nothing). Only a
 * power cut or an OS crash in the seconds before the OS writes its buffers can lose the last
 * saves; Firefox and Safari commit every transaction this way. A backup restore keeps the
 * browser's default: the user may delete the backup file once it reports done.
 */
export const EVERYDAY_WRITE: IDBTransactionOptions = { durability: 'relaxed' };
