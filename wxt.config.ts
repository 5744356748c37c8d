import { defineConfig } from 'wxt';

/** Host access the optional auto-offer asks for at run time (never at install). */
const OFFER_HOSTS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  srcDir: 'extension',
  entrypointsDir: 'entrypoints',
  // publicDir and modulesDir resolve against the project root, not srcDir.
  publicDir: 'extension/public',
  modulesDir: 'extension/modules',
  outDir: 'dist',
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // WXT adds a runtime-registered content script's `matches` to the REQUIRED host permissions.
    // The auto-offer detector is registered only after the user grants the OPTIONAL permission,
    // so take them out again: the extension installs with no host access at all.
    'build:manifestGenerated': (_wxt, manifest) => {
      const optional = new Set(OFFER_HOSTS);
      manifest.permissions = manifest.permissions?.filter(
        (permission: string) => !optional.has(permission),
      );
      if (manifest.host_permissions !== undefined) {
        manifest.host_permissions = manifest.host_permissions.filter(
          (host: string) => !optional.has(host),
        );
        if (manifest.host_permissions.length === 0) delete manifest.host_permissions;
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Auto-offer on government-looking pages needs host access: asked for at run time from the
    // options page, never granted at install. MV2 has no optional_host_permissions (WXT would
    // fold them into the REQUIRED permissions), so there they are optional_permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: OFFER_HOSTS }
      : { optional_host_permissions: OFFER_HOSTS }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandOpenReader__',
      },
      'save-to-archive': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveToArchive__',
      },
    },
    // Extension pages run only the extension's own scripts: no inline code, no eval, no remote code.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'govclip@govclip.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
