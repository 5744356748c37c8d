/**
 * Typed errors of the archive. Each carries a Vietnamese message (the UI language) and an
 * English one, so the UI can show the right one without parsing text.
 */
export type ArchiveErrorCode =
  'storage-full' | 'not-found' | 'invalid-input' | 'blocked' | 'storage-failed';

export class ArchiveError extends Error {
  readonly code: ArchiveErrorCode;
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(code: ArchiveErrorCode, messageVi: string, messageEn: string, cause?: unknown) {
    super(messageEn, cause === undefined ? undefined : { cause });
    this.name = 'ArchiveError';
    this.code = code;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }

  /** The message in the UI language (`vi` first, anything else English). */
  localized(lang: string): string {
    return lang.startsWith('vi') ? this.messageVi : this.messageEn;
  }
}

/** The browser refused the write for lack of space; nothing of the write was kept. */
export class ArchiveStorageFullError extends ArchiveError {
  constructor(cause?: unknown) {
    super(
      'storage-full',
      'Không đủ dung lượng lưu trữ: bài viết chưa được lưu. Hãy xóa bớt bài cũ hoặc giải phóng dung lượng đĩa rồi thử lại.',
      'Not enough storage space: the article was not saved. Delete some archived articles or free disk space, then try again.',
      cause,
    );
    this.name = 'ArchiveStorageFullError';
  }
}

export class ArchiveNotFoundError extends ArchiveError {
  constructor(what: 'article' | 'annotation', id: string) {
    super(
      'not-found',
      what === 'article'
        ? `Không tìm thấy bài viết trong kho lưu trữ: ${id}`
        : `Không tìm thấy ghi chú đánh dấu: ${id}`,
      `No ${what} with id ${id} in the archive`,
    );
    this.name = 'ArchiveNotFoundError';
  }
}

function errorName(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'name' in error) {
    const name = (error as { name: unknown }).name;
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}

/** Turns what IndexedDB throws into the archive's typed errors. */
export function toArchiveError(error: unknown): unknown {
  if (error instanceof ArchiveError) return error;
  if (errorName(error) === 'QuotaExceededError') return new ArchiveStorageFullError(error);
  return error;
}
