/**
 * Why an import file was refused. Every refusal happens before the first write, so the
 * archive is unchanged; the message says so, in Vietnamese (the UI language) and English.
 */
export type ImportErrorCode =
  | 'empty-file'
  | 'not-utf8'
  | 'too-large'
  | 'not-json'
  | 'forbidden-key'
  | 'too-deep'
  | 'wrong-format'
  | 'unsupported-version'
  | 'checksum-mismatch'
  | 'invalid-data'
  | 'inconsistent-data'
  | 'no-annotations'
  | 'write-failed';

const NOTHING_WRITTEN_VI = 'Kho lưu trữ không bị thay đổi.';
const NOTHING_WRITTEN_EN = 'The archive was not changed.';

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly messageVi: string;
  readonly messageEn: string;
  /** Where in the file the problem is (`data.articles[3].article.title`), when known. */
  readonly location: string | null;

  constructor(
    code: ImportErrorCode,
    messageVi: string,
    messageEn: string,
    options: { location?: string | null; cause?: unknown } = {},
  ) {
    const where = options.location ? ` (${options.location})` : '';
    super(`${messageEn}${where}. ${NOTHING_WRITTEN_EN}`, { cause: options.cause });
    this.name = 'ImportError';
    this.code = code;
    this.messageVi = `${messageVi}${where}. ${NOTHING_WRITTEN_VI}`;
    this.messageEn = `${messageEn}${where}. ${NOTHING_WRITTEN_EN}`;
    this.location = options.location ?? null;
  }

  /** The message in the UI language (`vi…` → Vietnamese, anything else English). */
  localized(lang: string): string {
    return lang.startsWith('vi') ? this.messageVi : this.messageEn;
  }
}

/** The messages of each code, as data (the location is appended when known). */
export const IMPORT_MESSAGES: Record<ImportErrorCode, { vi: string; en: string }> = {
  'empty-file': { vi: 'Tệp trống', en: 'The file is empty' },
  'not-utf8': {
    vi: 'Tệp không phải văn bản UTF-8 (có thể bị hỏng hoặc được lưu bằng bảng mã khác)',
    en: 'The file is not UTF-8 text (it may be damaged or saved in another encoding)',
  },
  'too-large': { vi: 'Tệp quá lớn', en: 'The file is too large' },
  'not-json': {
    vi: 'Tệp không phải JSON hợp lệ (có thể bị cắt cụt hoặc hỏng)',
    en: 'The file is not valid JSON (it may be truncated or damaged)',
  },
  'forbidden-key': {
    vi: 'Tệp chứa khóa bị cấm (__proto__, constructor, prototype)',
    en: 'The file contains a forbidden key (__proto__, constructor, prototype)',
  },
  'too-deep': { vi: 'Tệp lồng nhau quá sâu', en: 'The file is nested too deeply' },
  'wrong-format': {
    vi: 'Đây không phải tệp sao lưu GovClip',
    en: 'This is not a GovClip backup file',
  },
  'unsupported-version': {
    vi: 'Tệp được tạo bởi phiên bản GovClip mới hơn; hãy cập nhật tiện ích',
    en: 'The file was made by a newer GovClip; update the extension',
  },
  'checksum-mismatch': {
    vi: 'Mã kiểm tra SHA-256 không khớp: tệp đã bị sửa hoặc bị cắt cụt',
    en: 'The SHA-256 checksum does not match: the file was modified or truncated',
  },
  'invalid-data': { vi: 'Dữ liệu trong tệp không hợp lệ', en: 'The data in the file is invalid' },
  'inconsistent-data': {
    vi: 'Dữ liệu trong tệp không nhất quán',
    en: 'The data in the file is inconsistent',
  },
  'no-annotations': {
    vi: 'Tệp không chứa ghi chú đánh dấu W3C nào',
    en: 'The file contains no W3C annotations',
  },
  'write-failed': { vi: 'Không ghi được vào kho lưu trữ', en: 'Could not write to the archive' },
};

export function importError(
  code: ImportErrorCode,
  options: { location?: string | null; detail?: string; cause?: unknown } = {},
): ImportError {
  const messages = IMPORT_MESSAGES[code];
  const detail = options.detail ? `: ${options.detail}` : '';
  return new ImportError(code, `${messages.vi}${detail}`, `${messages.en}${detail}`, options);
}
