#!/usr/bin/env node
// `npm run bench`: speed, memory and accuracy beside the peers, one Markdown table per area.
// Benchmarks are not tests (`npm test` never runs them). Each section is a TypeScript file in
// tests/bench/ run in its own Node process (tsx), so one section's memory, crashes or missing
// code never touch another's numbers; a section whose code has not landed prints
// "not available yet: <why>". The tables are printed and written to dist/bench.md (git-ignored).
//
//   npm run bench                       every section
//   npm run bench -- references export  only these sections
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';

const SECTIONS = [
  { name: 'extraction', file: 'tests/bench/extraction.bench.ts', timeoutMs: 4 * 60_000 },
  { name: 'references', file: 'tests/bench/references.bench.ts', timeoutMs: 3 * 60_000 },
  { name: 'archive', file: 'tests/bench/archive.bench.ts', timeoutMs: 10 * 60_000 },
  { name: 'export', file: 'tests/bench/export.bench.ts', timeoutMs: 5 * 60_000 },
  { name: 'extension', file: 'tests/bench/extension.bench.ts', timeoutMs: 2 * 60_000 },
];
const OUTPUT_FILE = 'dist/bench.md';

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !SECTIONS.some((section) => section.name === name));
if (unknown.length > 0) {
  console.error(
    `Unknown bench section(s): ${unknown.join(', ')}. Known: ${SECTIONS.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}
const selected =
  requested.length > 0 ? SECTIONS.filter((s) => requested.includes(s.name)) : SECTIONS;

function git(args) {
  const result = spawnSync('git', args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : '';
}

const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
const dirty =
  git(['status', '--porcelain', '--untracked-files=no']) !== '' ? ' + uncommitted changes' : '';
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const header = [
  '# GovClip benchmarks',
  '',
  `Run ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} on commit ${commit}${dirty}; Node ${process.version}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(
      ' / ',
    )} at the start (the machine is shared: numbers move with its load). Targets come from the issues; "met" / "NOT met" says whether this run reaches them.`,
].join('\n');

const scratch = mkdtempSync(path.join(tmpdir(), 'govclip-bench-'));
const parts = [header];
const started = Date.now();
for (const section of selected) {
  const out = path.join(scratch, `${section.name}.md`);
  console.error(`\n▶ bench ${section.name} (${section.file})`);
  const sectionStarted = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', section.file], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, GOVCLIP_BENCH_OUT: out },
    timeout: section.timeoutMs,
    killSignal: 'SIGKILL',
  });
  const seconds = ((Date.now() - sectionStarted) / 1000).toFixed(1);
  console.error(`  ${section.name}: ${seconds} s`);
  let markdown = existsSync(out) ? readFileSync(out, 'utf8').trim() : '';
  if (result.error || result.status !== 0) {
    const why =
      result.error?.code === 'ETIMEDOUT'
        ? `timed out after ${section.timeoutMs / 1000} s`
        : `exited with ${result.status ?? result.signal}${result.error ? `: ${result.error.message}` : ''}`;
    markdown += `${markdown ? '\n\n' : ''}## ${section.name}\n\nbench failed: ${why} (see the log above).`;
  }
  parts.push(markdown);
}
parts.push(`_Total bench time: ${((Date.now() - started) / 1000).toFixed(0)} s._`);
rmSync(scratch, { recursive: true, force: true });

const report = `${parts.join('\n\n')}\n`;
mkdirSync(path.dirname(OUTPUT_FILE), { recursive: true });
writeFileSync(OUTPUT_FILE, report);
console.log(`\n${report}`);
console.error(`Written to ${OUTPUT_FILE}`);
