// Runs the `govclip` CLI (in-process, through its `main`) over the bundled sample pages and
// prints each clean article briefly: title, date, author, CMS, reference count, first lines.
// Importable so `npm start` can do this before it launches anything else.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, 'tests', 'fixtures', 'corpus', 'pages');
const FIRST_LINES = 3;
const LINE_WIDTH = 110;

const clip = (text, width = LINE_WIDTH) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text;

/** The page URL recorded next to a sample (as the browser would pass it), or none. */
function sampleUrl(file) {
  try {
    const gold = JSON.parse(readFileSync(file.replace(/\.html$/u, '.gold.json'), 'utf8'));
    return typeof gold.url === 'string' ? gold.url : null;
  } catch {
    return null;
  }
}

/** Runs `govclip extract` on one file; returns the exit code and what it printed. */
async function runCli(main, args) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readInput: (file) => readFileSync(file),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export async function printSamples({ folder = SAMPLES, log = console.log } = {}) {
  const unregister = register();
  try {
    const { main } = await import('../packages/core/src/cli/main.ts');
    const files = readdirSync(folder)
      .filter((name) => name.endsWith('.html'))
      .sort();
    log(`GovClip — ${files.length} sample pages through \`govclip extract\`\n`);
    let articles = 0;
    for (const name of files) {
      const file = path.join(folder, name);
      const url = sampleUrl(file);
      const { code, stdout, stderr } = await runCli(main, [
        'extract',
        ...(url ? ['--url', url] : []),
        file,
      ]);
      if (code === 3) {
        const { reason } = JSON.parse(stdout);
        log(`■ ${name}\n  không phải bài viết / not an article: ${reason}\n`);
        continue;
      }
      if (code !== 0) {
        log(`■ ${name}\n  lỗi / error (exit ${code}): ${stderr.trim()}\n`);
        continue;
      }
      articles++;
      const article = JSON.parse(stdout);
      const lines = article.text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .slice(0, FIRST_LINES);
      log(`■ ${name}  [${article.cms}]`);
      log(`  ${clip(article.title)}`);
      log(
        `  Ngày: ${article.published ?? '—'} · Tác giả: ${article.author ?? '—'} · ` +
          `Tham chiếu: ${article.references.length} · Đính kèm: ${article.attachments.length}`,
      );
      for (const line of lines) log(`  │ ${clip(line)}`);
      log('');
    }
    log(`${articles} articles, ${files.length - articles} other pages.`);
  } finally {
    await unregister();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await printSamples();
}
