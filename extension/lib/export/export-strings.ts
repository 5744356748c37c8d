/**
 * The export/import controls' own strings (Vietnamese first, English second), kept here so the
 * feature ships without editing the shared `_locales` files. Chosen by the page language
 * (`<html lang>`), which the archive page and the reader set from the browser UI language.
 */
const VI = {
  summary: 'Xuất / nhập',
  scope: 'Phạm vi',
  scopeCurrent: 'Bài này',
  scopeSelected: 'Các bài đã chọn',
  scopeVisible: 'Các bài đang hiển thị',
  scopeAll: 'Toàn bộ kho',
  format: 'Định dạng',
  formatMarkdown: 'Markdown (Obsidian, .md/.zip kèm ảnh)',
  formatDocx: 'Báo cáo Word (.docx)',
  formatJsonLd: 'Ghi chú W3C (JSON-LD)',
  formatCsv: 'Danh sách văn bản trích dẫn (CSV)',
  formatBackup: 'Sao lưu đầy đủ (JSON)',
  exportButton: 'Xuất',
  importLabel: 'Nhập tệp sao lưu hoặc ghi chú W3C',
  working: 'Đang xử lý…',
  progress: 'Đang xử lý… {done}/{total}',
  nothingToExport: 'Không có bài nào trong phạm vi đã chọn.',
  exported: 'Đã xuất {name}.',
  restored:
    'Đã khôi phục: {added} bài mới, {merged} bài gộp, {unchanged} bài không đổi; {annotations} ghi chú mới.',
  annotationsImported:
    'Đã nhập {added} ghi chú ({merged} gộp, {orphaned} không còn khớp văn bản); {unmatched} ghi chú không có bài tương ứng trong kho.',
  failed: 'Lỗi: {message}',
};

const EN: typeof VI = {
  summary: 'Export / import',
  scope: 'Scope',
  scopeCurrent: 'This article',
  scopeSelected: 'Selected articles',
  scopeVisible: 'Articles shown',
  scopeAll: 'Whole archive',
  format: 'Format',
  formatMarkdown: 'Markdown (Obsidian, .md/.zip with images)',
  formatDocx: 'Word report (.docx)',
  formatJsonLd: 'W3C annotations (JSON-LD)',
  formatCsv: 'Cited documents (CSV)',
  formatBackup: 'Full backup (JSON)',
  exportButton: 'Export',
  importLabel: 'Import a backup or W3C annotations',
  working: 'Working…',
  progress: 'Working… {done}/{total}',
  nothingToExport: 'No article in the chosen scope.',
  exported: 'Exported {name}.',
  restored:
    'Restored: {added} new articles, {merged} merged, {unchanged} unchanged; {annotations} new highlights.',
  annotationsImported:
    'Imported {added} highlights ({merged} merged, {orphaned} no longer matching the text); {unmatched} highlights have no article in the archive.',
  failed: 'Error: {message}',
};

export type ExportStringKey = keyof typeof VI;

export function exportStrings(
  lang: string,
): (key: ExportStringKey, values?: Record<string, string | number>) => string {
  const table = lang.toLowerCase().startsWith('en') ? EN : VI;
  return (key, values = {}) =>
    table[key].replace(/\{(\w+)\}/gu, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}
