import { renderNoteMarkdown } from '@govclip/archive';
import { sanitizeHtml } from '@govclip/core';

/** Small DOM helpers for the archive UI (no innerHTML: notes are parsed inertly, then imported). */
export function el<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  options: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (options.className !== undefined) created.className = options.className;
  if (options.text !== undefined) created.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {}))
    created.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined) continue;
    created.append(child);
  }
  return created;
}

export function button(
  document: Document,
  label: string,
  onClick: () => void,
  options: { className?: string; title?: string; attrs?: Record<string, string> } = {},
): HTMLButtonElement {
  const created = el(document, 'button', {
    className: options.className,
    text: label,
    attrs: { type: 'button', ...(options.title ? { title: options.title } : {}), ...options.attrs },
  });
  created.addEventListener('click', onClick);
  return created;
}

/**
 * A note's Markdown as DOM: rendered by the escape-first renderer, then through the library's
 * one sanitizer, before it touches the document.
 */
export function noteElement(
  document: Document,
  markdown: string,
  className = 'gc-note',
): HTMLElement {
  const container = el(document, 'div', { className });
  // Parsed in an inert document (no innerHTML on the live page), then imported.
  const safe = sanitizeHtml(renderNoteMarkdown(markdown), document);
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${safe}`, 'text/html');
  for (const node of Array.from(parsed.body.childNodes)) {
    container.appendChild(document.importNode(node, true));
  }
  return container;
}

/** Splits a comma-separated tag field. */
export function parseTags(value: string): string[] {
  return value
    .split(/[,;]/u)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** `2026-01-01T08:30:00.000Z` → local `08:30, 01/01/2026`. */
export function formatLocalDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}, ${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}
