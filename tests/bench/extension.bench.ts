/**
 * Bench section 5 (issue 4): what the extension costs the user's browser. The content script
 * runs on every portal page the reader is opened on, so its gzipped size has a budget; the
 * reader page is loaded from the extension package, so its size is shown for information.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { markdownTable } from './lib/markdown';
import { emitMarkdown, notAvailable, progress } from './lib/report';
import { formatBytes, verdict } from './lib/stats';

const TITLE = 'Extension size (issue 4)';
const CONTENT_SCRIPT_BUDGET_BYTES = 60 * 1024;
const OUTPUT_DIR = path.resolve('dist/chrome-mv3');

interface SizedFile {
  file: string;
  raw: number;
  gzip: number;
}

function measure(file: string): SizedFile {
  const bytes = readFileSync(file);
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function ensureBuilt(): string | null {
  if (existsSync(OUTPUT_DIR)) return null;
  progress('dist/chrome-mv3 is missing: building the Chrome extension (wxt build)');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (build.status !== 0 || !existsSync(OUTPUT_DIR)) {
    const tail = build.stderr.toString().trim().split('\n').slice(-3).join(' ');
    return `the extension does not build (wxt build exited ${build.status}): ${tail}`;
  }
  return null;
}

/** Every script and stylesheet an extension page loads, found by reading its HTML. */
function pageAssets(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  const references = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map(
    (match) => match[1] ?? '',
  );
  const assets = new Set<string>();
  for (const reference of references) {
    const file = path.join(OUTPUT_DIR, reference.replace(/^\//, ''));
    if (existsSync(file)) assets.add(file);
  }
  // Chunks imported by those scripts are loaded too: follow static imports one level at a time.
  const queue = [...assets].filter((file) => file.endsWith('.js'));
  while (queue.length > 0) {
    const script = queue.pop() ?? '';
    const source = readFileSync(script, 'utf8');
    for (const match of source.matchAll(
      /from\s*["']([^"']+\.js)["']|import\(["']([^"']+\.js)["']\)/g,
    )) {
      const specifier = match[1] ?? match[2] ?? '';
      const file = specifier.startsWith('/')
        ? path.join(OUTPUT_DIR, specifier)
        : path.resolve(path.dirname(script), specifier);
      if (existsSync(file) && !assets.has(file)) {
        assets.add(file);
        queue.push(file);
      }
    }
  }
  return [...assets];
}

function peerSizes(): { name: string; size: SizedFile }[] {
  const require = createRequire(import.meta.url);
  const readabilityFile = path.join(
    path.dirname(require.resolve('@mozilla/readability')),
    'Readability.js',
  );
  // The package's main entry is its browser bundle (Node users import `defuddle/node`).
  const defuddleFile = require.resolve('defuddle');
  return [
    {
      name: '@mozilla/readability 0.6.0 `Readability.js` (unminified source)',
      size: measure(readabilityFile),
    },
    {
      name: 'defuddle 0.19.4 browser bundle `dist/index.js` (minified)',
      size: measure(defuddleFile),
    },
  ];
}

/**
 * The reader's page capture is not a file: the background injects a function with
 * `scripting.executeScript({ func })`, so what reaches the page is that function's source.
 */
async function injectedCapture(): Promise<{ raw: number; gzip: number } | null> {
  const file = path.resolve('extension/lib/reader/capture.ts');
  if (!existsSync(file)) return null;
  const module = (await import(pathToFileURL(file).href)) as { capturePage?: unknown };
  if (typeof module.capturePage !== 'function') return null;
  const source = Buffer.from(module.capturePage.toString());
  return { raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
}

async function main(): Promise<void> {
  const buildProblem = ensureBuilt();
  if (buildProblem) {
    notAvailable(TITLE, buildProblem);
    return;
  }
  const builtAt = statSync(OUTPUT_DIR)
    .mtime.toISOString()
    .replace(/\.\d+Z$/, 'Z');
  const contentDir = path.join(OUTPUT_DIR, 'content-scripts');
  const contentScripts = existsSync(contentDir)
    ? readdirSync(contentDir)
        .filter((name) => name.endsWith('.js'))
        .map((name) => measure(path.join(contentDir, name)))
    : [];
  const readerHtml = ['reader.html', 'reader/index.html']
    .map((name) => path.join(OUTPUT_DIR, name))
    .find((file) => existsSync(file));

  const rows: string[][] = [];
  const capture = await injectedCapture();
  if (capture) {
    rows.push([
      'page capture injected on demand (`capturePage` via `executeScript({ func })`, its source)',
      formatBytes(capture.raw),
      formatBytes(capture.gzip),
      '≤ 60 KB gzip',
      verdict(capture.gzip <= CONTENT_SCRIPT_BUDGET_BYTES),
    ]);
  }
  if (contentScripts.length === 0) {
    rows.push([
      'content script',
      'not available yet: no `content-scripts/*.js` in the build',
      '',
      '60 KB',
      'n/a',
    ]);
  }
  for (const script of contentScripts) {
    rows.push([
      `content script \`${path.basename(script.file)}\``,
      formatBytes(script.raw),
      formatBytes(script.gzip),
      '≤ 60 KB gzip',
      verdict(script.gzip <= CONTENT_SCRIPT_BUDGET_BYTES),
    ]);
  }
  if (readerHtml) {
    const assets = pageAssets(readerHtml).map(measure);
    const raw = assets.reduce((sum, asset) => sum + asset.raw, 0);
    const gzip = assets.reduce((sum, asset) => sum + asset.gzip, 0);
    rows.push([
      `reader page (${assets.length} JS/CSS files)`,
      formatBytes(raw),
      formatBytes(gzip),
      'information',
      '',
    ]);
  } else {
    rows.push([
      'reader page',
      'not available yet: no `reader.html` in the build',
      '',
      'information',
      '',
    ]);
  }
  for (const peer of peerSizes()) {
    rows.push([
      `peer: ${peer.name}`,
      formatBytes(peer.size.raw),
      formatBytes(peer.size.gzip),
      'reference',
      '',
    ]);
  }
  emitMarkdown(
    [
      `## ${TITLE}`,
      '',
      `Build \`dist/chrome-mv3\` from ${builtAt} (built by the bench only when missing). gzip level 9; the reader page total counts every script and stylesheet its HTML loads and the chunks they import.`,
      '',
      markdownTable(['file', 'raw', 'gzip', 'target', 'result'], rows, [1, 2]),
    ].join('\n'),
  );
}

await main();
