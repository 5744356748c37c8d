/**
 * What the page-side code captures: the live document as HTML, its address and title, and the
 * user's selection. Nothing else runs on the portal's page.
 */
export interface CapturedPage {
  html: string;
  url: string;
  title: string;
  selection: string;
}

/**
 * Runs IN THE PAGE through `scripting.executeScript({ func })`: it must stay self-contained (no
 * imports, no closures), because only its source text is sent to the tab. Serializing is all it
 * does; parsing and extraction happen in the reader page, in the extension's own origin.
 */
export function capturePage(): CapturedPage {
  return {
    html: document.documentElement.outerHTML,
    url: location.href,
    title: document.title,
    selection: String(getSelection() ?? ''),
  };
}

/** A value that came back from a tab is only trusted once it has the captured shape. */
export function isCapturedPage(value: unknown): value is CapturedPage {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.html === 'string' &&
    typeof record.url === 'string' &&
    typeof record.title === 'string' &&
    typeof record.selection === 'string'
  );
}
