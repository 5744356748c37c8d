/**
 * Searches confined to the stretch of text a rule reads. A plain `indexOf` or `lastIndexOf` from a
 * reference runs on to the end or the start of the whole text when the mark is absent: once per
 * reference, that is quadratic in a long text without the mark (a page flattened to one line, a
 * list of thousands of names). Both return the index in `text`, or -1.
 */

/** The first `search` that lies wholly within `text[from, end)`. */
export function indexWithin(text: string, search: string, from: number, end: number): number {
  const start = Math.max(0, from);
  const at = text.slice(start, end).indexOf(search);
  return at < 0 ? -1 : start + at;
}

/** The last `search` that lies wholly within `text[from, end)`. */
export function lastIndexWithin(text: string, search: string, from: number, end: number): number {
  const start = Math.max(0, from);
  const at = text.slice(start, end).lastIndexOf(search);
  return at < 0 ? -1 : start + at;
}
