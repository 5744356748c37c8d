/**
 * A small, safe Markdown renderer for highlight and article notes. Safety comes from the
 * order of work: the whole note is HTML-escaped FIRST, then a handful of inline and block
 * patterns add tags of our own. Nothing the user typed can become markup, and links only ever
 * get `http:`, `https:` or `mailto:` targets. (The extension still passes the result through
 * the one sanitizer before it reaches the DOM.)
 *
 * Supported: paragraphs, line breaks, bullet (`- `, `* `) and numbered (`1. `) lists, `> ` quotes,
 * **bold**, *italic* or _italic_, `code`, [text](url), and bare http(s) URLs.
 */
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);
}

const SAFE_URL = /^(https?:\/\/|mailto:)[^\s]+$/iu;

function link(label: string, escapedUrl: string): string {
  // The URL is already escaped (quotes included), so it cannot leave the attribute.
  const raw = escapedUrl.replace(/&amp;/gu, '&');
  if (!SAFE_URL.test(raw)) return label;
  return `<a href="${escapedUrl}" rel="noopener noreferrer" target="_blank">${label}</a>`;
}

function renderInline(escaped: string): string {
  const codeSpans: string[] = [];
  let html = escaped.replace(/`([^`]+)`/gu, (_m, code: string) => {
    codeSpans.push(`<code>${code}</code>`);
    return `\uE000${codeSpans.length - 1}\uE000`;
  });
  html = html.replace(/\[([^\]]+)\]\(([^)\s]+)\)/gu, (_m, label: string, url: string) =>
    link(label, url),
  );
  html = html.replace(
    /(^|[\s(])(https?:\/\/[^\s<)]+)/gu,
    (_m, before: string, url: string) => `${before}${link(url, url)}`,
  );
  html = html.replace(/\*\*([^*]+)\*\*/gu, '<strong>$1</strong>');
  html = html.replace(/(^|[^*\w])\*([^*\s][^*]*)\*/gu, '$1<em>$2</em>');
  html = html.replace(/(^|[^_\p{L}\p{N}])_([^_\s][^_]*)_/gu, '$1<em>$2</em>');
  return html.replace(/\uE000(\d+)\uE000/gu, (_m, index: string) => codeSpans[Number(index)] ?? '');
}

type BlockKind = 'ul' | 'ol' | 'quote' | 'p';

function kindOf(line: string): BlockKind {
  if (/^\s*[-*]\s+/u.test(line)) return 'ul';
  if (/^\s*\d+[.)]\s+/u.test(line)) return 'ol';
  if (/^\s*&gt;\s?/u.test(line)) return 'quote';
  return 'p';
}

function renderBlock(kind: BlockKind, lines: string[]): string {
  switch (kind) {
    case 'ul':
    case 'ol': {
      const marker = kind === 'ul' ? /^\s*[-*]\s+/u : /^\s*\d+[.)]\s+/u;
      const items = lines.map((line) => `<li>${renderInline(line.replace(marker, ''))}</li>`);
      return `<${kind}>${items.join('')}</${kind}>`;
    }
    case 'quote':
      return `<blockquote>${lines.map((line) => renderInline(line.replace(/^\s*&gt;\s?/u, ''))).join('<br>')}</blockquote>`;
    case 'p':
      return `<p>${lines.map(renderInline).join('<br>')}</p>`;
  }
}

/** Renders a note's Markdown to safe HTML (see the module comment). */
export function renderNoteMarkdown(markdown: string): string {
  const escaped = escapeHtml(markdown.replace(/\r\n?/gu, '\n'));
  const blocks: string[] = [];
  let kind: BlockKind | null = null;
  let lines: string[] = [];
  const flush = () => {
    if (kind && lines.length > 0) blocks.push(renderBlock(kind, lines));
    kind = null;
    lines = [];
  };
  for (const line of escaped.split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const lineKind = kindOf(line);
    if (kind !== null && lineKind !== kind) flush();
    kind = lineKind;
    lines.push(line);
  }
  flush();
  return blocks.join('');
}
