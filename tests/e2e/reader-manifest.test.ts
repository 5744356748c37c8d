/** The SHIPPED manifests (npm run build): least privilege and a strict extension CSP. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, requireBuiltExtension } from './harness';

function manifest(target: string): Record<string, unknown> {
  const file = path.join(ROOT, 'dist', target, 'manifest.json');
  if (!existsSync(file)) throw new Error(`build first: dist/${target} is missing (npm run build)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

describe.each(['chrome-mv3', 'firefox-mv2'])('%s manifest', (target) => {
  it('asks for no host access at install; the auto-offer hosts are optional', () => {
    requireBuiltExtension();
    const shipped = manifest(target);
    const required = [
      ...((shipped.permissions as string[]) ?? []),
      ...((shipped.host_permissions as string[]) ?? []),
    ];
    expect(
      required.filter((permission) => permission.includes('://') || permission === '<all_urls>'),
    ).toEqual([]);
    expect(required).toEqual(
      expect.arrayContaining(['activeTab', 'scripting', 'storage', 'contextMenus']),
    );
    const optional = (shipped.optional_host_permissions ??
      shipped.optional_permissions) as string[];
    expect(optional).toEqual(['http://*/*', 'https://*/*']);
    expect(shipped.content_scripts).toBeUndefined();
  });

  it('has a strict CSP for extension pages and keeps the reader private to the extension', () => {
    const shipped = manifest(target);
    const csp = shipped.content_security_policy;
    const policy =
      typeof csp === 'string' ? csp : (csp as { extension_pages: string }).extension_pages;
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(JSON.stringify(shipped.web_accessible_resources ?? [])).not.toContain('reader');
  });

  it('offers the read and save shortcuts', () => {
    const commands = manifest(target).commands as Record<
      string,
      { suggested_key: { default: string } }
    >;
    expect(commands['open-reader']?.suggested_key.default).toBe('Alt+Shift+R');
    expect(commands['save-to-archive']?.suggested_key.default).toBe('Alt+Shift+S');
  });
});
