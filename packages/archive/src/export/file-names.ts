import { foldForSearch } from '@govclip/core';

/**
 * ASCII file names from Vietnamese titles: folded (no diacritics, `đ`→`d`) so that every zip
 * tool, file system and sync service handles them, and unique within one export.
 */
const MAX_SLUG_LENGTH = 80;

export function slugify(title: string, fallback: string): string {
  const slug = foldForSearch(title)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/u, '');
  return slug === '' ? fallback : slug;
}

/** Hands out slugs, appending `-2`, `-3`, … when two titles fold to the same name. */
export class UniqueNames {
  private readonly used = new Set<string>();

  take(base: string): string {
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base}-${n}`;
    this.used.add(name);
    return name;
  }
}

const EXTENSION_BY_MIME: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'image/bmp': 'bmp',
};

/** A file extension for an image: from its MIME type, else from its URL, else `bin`. */
export function imageExtension(mimeType: string, src: string): string {
  const known = EXTENSION_BY_MIME[mimeType.toLowerCase().split(';')[0]?.trim() ?? ''];
  if (known !== undefined) return known;
  const fromUrl = /\.([a-z0-9]{2,5})(?:[?#]|$)/iu.exec(src)?.[1]?.toLowerCase();
  return fromUrl === 'jpeg' ? 'jpg' : (fromUrl ?? 'bin');
}
