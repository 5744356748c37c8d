/** One file an export produces, ready to hand to a download (the UI wraps `bytes` in a Blob). */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();

export function textFile(fileName: string, mimeType: string, text: string): ExportFile {
  return { fileName, mimeType, bytes: encoder.encode(text) };
}

/** `2026-11-28` from an ISO timestamp: the date part of export file names. */
export function fileDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}
