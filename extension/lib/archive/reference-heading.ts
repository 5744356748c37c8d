import { foldForSearch } from '@govclip/core';

/**
 * The heading of a references-index entry: the citation as written, then its title when the
 * title adds something. A named law's title is already its name (`Luật Đất đai` has the title
 * `Đất đai`), so repeating it would read "Luật Đất đai — Đất đai".
 */
export function referenceHeading(label: string, title: string | null | undefined): string {
  if (!title) return label;
  const foldedTitle = foldForSearch(title).trim();
  if (foldedTitle === '' || foldForSearch(label).includes(foldedTitle)) return label;
  return `${label} — ${title}`;
}
