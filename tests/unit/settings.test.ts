import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  FONT_SIZE_MAX,
  FONT_SIZE_MIN,
  loadSettings,
  normalizeSettings,
  stepFontSize,
  updateSettings,
} from '../../extension/lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('remembers a change and keeps the other fields', async () => {
    await updateSettings({ theme: 'dark' });
    await updateSettings({ fontSize: 24 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 24 });
  });

  it('repairs stored values that are out of range or of the wrong type', () => {
    expect(
      normalizeSettings({ fontSize: 500, theme: 'neon', lineWidth: 3, autoOffer: 'yes' }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      fontSize: FONT_SIZE_MAX,
    });
    expect(normalizeSettings({ fontSize: -1 }).fontSize).toBe(FONT_SIZE_MIN);
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('steps the font size within its bounds', () => {
    expect(stepFontSize(20, 1)).toBeGreaterThan(20);
    expect(stepFontSize(20, -1)).toBeLessThan(20);
    expect(stepFontSize(FONT_SIZE_MAX, 1)).toBe(FONT_SIZE_MAX);
    expect(stepFontSize(FONT_SIZE_MIN, -1)).toBe(FONT_SIZE_MIN);
  });
});
