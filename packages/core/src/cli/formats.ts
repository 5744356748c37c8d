/**
 * The CLI's output formats for an `Article`: JSON (a fixed key set), Markdown, a small standalone
 * HTML document, and plain text. HTML is built from the blocks' TEXT with every value escaped and
 * only http(s) URLs kept, so it is sanitized by construction.
 */
import type { Article, Block } from '../types';
import { blockToMarkdown, escapeMarkdown } from '../article/markdown';

export type OutputFormat = 'json' | 'md' | 'html' | 'text';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'md', 'html', 'text'];

/** The top-level keys of `--format json`, in this order and no others. */
export const JSON_KEYS = [
  'title',
  'author',
  'published',
  'modified',
  'lead',
  'text',
  'html',
  'blocks',
  'images',
  'attachments',
  'tags',
  'references',
  'cms',
  'siteName',
  'url',
  'removed',
] as const satisfies readonly (keyof Article)[];

export function toJson(article: Article): string {
  const picked: Record<string, unknown> = {};
  for (const key of JSON_KEYS) picked[key] = article[key];
  return `${JSON.stringify(picked, null, 2)}\n`;
}

/** Metadata lines shown under the title, Vietnamese labels first (the users' language). */
function metadataLines(article: Article): [string, string][] {
  const lines: [string, string][] = [];
  if (article.published) lines.push(['Ngày đăng', article.published]);
  if (article.modified) lines.push(['Cập nhật', article.modified]);
  if (article.author) lines.push(['Tác giả', article.author]);
  if (article.source) lines.push(['Nguồn', article.source]);
  if (article.siteName) lines.push(['Trang', article.siteName]);
  if (article.url) lines.push(['URL', article.url]);
  if (article.tags.length > 0) lines.push(['Từ khóa', article.tags.join(', ')]);
  return lines;
}

const isWebUrl = (value: string | null): value is string =>
  value !== null && /^https?:\/\//iu.test(value);

export function toMarkdown(article: Article): string {
  const parts: string[] = [`# ${escapeMarkdown(article.title)}`];
  const metadata = metadataLines(article);
  if (metadata.length > 0) {
    parts.push(
      metadata.map(([label, value]) => `- **${label}:** ${escapeMarkdown(value)}`).join('\n'),
    );
  }
  if (article.lead) parts.push(`**${escapeMarkdown(article.lead)}**`);
  for (const block of article.blocks) {
    const rendered = blockToMarkdown(block, (src) => (isWebUrl(src) ? `<${src}>` : null));
    if (rendered) parts.push(rendered);
  }
  const figureSources = new Set(
    article.blocks.flatMap((block) => (block.type === 'figure' ? [block.src] : [])),
  );
  const extraImages = article.images.filter(
    (image) => isWebUrl(image.src) && !figureSources.has(image.src),
  );
  if (extraImages.length > 0) {
    parts.push(
      '## Hình ảnh',
      extraImages
        .map((image) => `![${escapeMarkdown(image.caption ?? '')}](<${image.src}>)`)
        .join('\n'),
    );
  }
  if (article.attachments.length > 0) {
    parts.push(
      '## Tệp đính kèm',
      article.attachments
        .map((file) =>
          isWebUrl(file.href)
            ? `- [${escapeMarkdown(file.name)}](<${file.href}>)`
            : `- ${escapeMarkdown(file.name)}`,
        )
        .join('\n'),
    );
  }
  return `${parts.join('\n\n')}\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);
}

function htmlBlock(block: Block): string | null {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, block.level + 1);
      return `<h${level}>${escapeHtml(block.text)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'quote':
      return `<blockquote>${escapeHtml(block.text)}</blockquote>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return `<table><tbody>${block.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'figure': {
      const image = isWebUrl(block.src)
        ? `<img src="${escapeHtml(block.src)}" alt="${escapeHtml(block.alt ?? '')}">`
        : '';
      const caption = block.caption ? `<figcaption>${escapeHtml(block.caption)}</figcaption>` : '';
      return image || caption ? `<figure>${image}${caption}</figure>` : null;
    }
  }
}

const HTML_STYLE =
  'body{font:18px/1.6 Georgia,"Times New Roman",serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}' +
  'h1{line-height:1.25}.meta{color:#555;font-size:.9em}.lead{font-weight:bold}img{max-width:100%}' +
  'figcaption{color:#555;font-size:.9em}table{border-collapse:collapse}td{border:1px solid #ccc;padding:.25em .5em}';

export function toHtmlDocument(article: Article): string {
  const metadata = metadataLines(article)
    .map(([label, value]) =>
      label === 'URL' && isWebUrl(value)
        ? `<li>${label}: <a href="${escapeHtml(value)}">${escapeHtml(value)}</a></li>`
        : `<li>${label}: ${escapeHtml(value)}</li>`,
    )
    .join('');
  const body = article.blocks.map(htmlBlock).filter((html): html is string => html !== null);
  const attachments =
    article.attachments.length > 0
      ? `<section><h2>Tệp đính kèm</h2><ul>${article.attachments
          .map((file) =>
            isWebUrl(file.href)
              ? `<li><a href="${escapeHtml(file.href)}">${escapeHtml(file.name)}</a></li>`
              : `<li>${escapeHtml(file.name)}</li>`,
          )
          .join('')}</ul></section>`
      : '';
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(article.lang || 'vi')}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(article.title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<article>',
    `<h1>${escapeHtml(article.title)}</h1>`,
    metadata ? `<ul class="meta">${metadata}</ul>` : '',
    article.lead ? `<p class="lead">${escapeHtml(article.lead)}</p>` : '',
    ...body,
    attachments,
    '</article>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, index, all) => line !== '' || index === all.length - 1)
    .join('\n');
}

export function toPlainText(article: Article): string {
  const metadata = metadataLines(article).map(([label, value]) => `${label}: ${value}`);
  const attachments = article.attachments.map((file) => `- ${file.name}`);
  return `${[
    article.title,
    metadata.join('\n'),
    article.text,
    attachments.length > 0 ? `Tệp đính kèm:\n${attachments.join('\n')}` : '',
  ]
    .filter((part) => part !== '')
    .join('\n\n')}\n`;
}

export function formatArticle(article: Article, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return toJson(article);
    case 'md':
      return toMarkdown(article);
    case 'html':
      return toHtmlDocument(article);
    case 'text':
      return toPlainText(article);
  }
}
