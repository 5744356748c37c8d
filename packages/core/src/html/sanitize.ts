// Placeholder until the sanitizer lands (issue 2): the one place that sanitizes HTML.
export function sanitizeHtml(_html: string, _document: Document): string {
  throw new Error('sanitizeHtml: not implemented yet');
}
