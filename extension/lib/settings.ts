import { localArea, pageLocalStorage } from './browser-api';

/** The reader's small settings, kept in `storage.local` (large data never goes here). */
export type ReaderTheme = 'light' | 'sepia' | 'dark';
export type LineWidth = 'narrow' | 'medium' | 'wide';

export interface Settings {
  /** Body font size in CSS pixels. */
  fontSize: number;
  lineWidth: LineWidth;
  theme: ReaderTheme;
  /** Offer the reader on government-looking pages (needs the optional host permission). */
  autoOffer: boolean;
}

export const FONT_SIZE_MIN = 14;
export const FONT_SIZE_MAX = 30;
export const FONT_SIZE_STEP = 2;
export const THEMES: readonly ReaderTheme[] = ['light', 'sepia', 'dark'];
export const LINE_WIDTHS: readonly LineWidth[] = ['narrow', 'medium', 'wide'];

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  fontSize: 20,
  lineWidth: 'medium',
  theme: 'light',
  autoOffer: false,
};

const STORAGE_KEY = 'settings';

/** Any stored value (old, partial, tampered) becomes valid settings; bad fields take defaults. */
export function normalizeSettings(value: unknown): Settings {
  const record =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const fontSize =
    typeof record.fontSize === 'number' && Number.isFinite(record.fontSize)
      ? Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, Math.round(record.fontSize)))
      : DEFAULT_SETTINGS.fontSize;
  return {
    fontSize,
    lineWidth: LINE_WIDTHS.includes(record.lineWidth as LineWidth)
      ? (record.lineWidth as LineWidth)
      : DEFAULT_SETTINGS.lineWidth,
    theme: THEMES.includes(record.theme as ReaderTheme)
      ? (record.theme as ReaderTheme)
      : DEFAULT_SETTINGS.theme,
    autoOffer:
      typeof record.autoOffer === 'boolean' ? record.autoOffer : DEFAULT_SETTINGS.autoOffer,
  };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await localArea().get(STORAGE_KEY);
  return normalizeSettings(stored[STORAGE_KEY]);
}

/** Merges a change into the stored settings and returns the result. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...change });
  await localArea().set({ [STORAGE_KEY]: next });
  return next;
}

export function stepFontSize(current: number, direction: 1 | -1): number {
  return normalizeSettings({ fontSize: current + direction * FONT_SIZE_STEP }).fontSize;
}

const THEME_CACHE_KEY = 'govclip:theme';

/** Puts the theme's class (`gc-theme-<name>`) on a page's body, and no other theme's. */
export function applyTheme(body: HTMLElement, theme: ReaderTheme): void {
  for (const name of THEMES) body.classList.toggle(`gc-theme-${name}`, name === theme);
}

/**
 * The theme last applied in a page, from the page's `localStorage` (synchronous): the archive
 * page paints its cards from its snapshot before `storage.local` answers, and they must not
 * flash in the default theme first. Null where there is none or storage is refused.
 */
export function cachedTheme(): ReaderTheme | null {
  try {
    const value = pageLocalStorage()?.getItem(THEME_CACHE_KEY) ?? null;
    return THEMES.includes(value as ReaderTheme) ? (value as ReaderTheme) : null;
  } catch {
    return null;
  }
}

export function rememberTheme(theme: ReaderTheme): void {
  try {
    pageLocalStorage()?.setItem(THEME_CACHE_KEY, theme);
  } catch {
    // Storage refused (full): the next page load waits for `storage.local`, as before.
  }
}
