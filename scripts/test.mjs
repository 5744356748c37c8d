#!/usr/bin/env node
// `npm test`: every check the project has, in one run, ending with one plain
// `N passed, N failed, N skipped` line that CI reads. Each non-vitest step (typecheck,
// lint, build, web-ext lint) counts as one check; vitest steps add their own test counts.
// Every step runs even after a failure, so one run shows everything that is broken.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const scratch = mkdtempSync(path.join(tmpdir(), 'govclip-test-'));

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) totals.passed++;
  else {
    totals.failed++;
    failures.push(label);
  }
}

function vitest(label, projects) {
  const summaryFile = path.join(scratch, `${label}.json`);
  const projectArgs = projects.flatMap((name) => ['--project', name]);
  const ok = run(label, 'npx', ['vitest', 'run', ...projectArgs], {
    GOVCLIP_SUMMARY_FILE: summaryFile,
  });
  if (!existsSync(summaryFile)) {
    totals.failed++;
    failures.push(`${label} (vitest did not finish)`);
    return;
  }
  const counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (!ok || counts.failed > 0) failures.push(label);
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('eslint', 'npx', ['eslint', '.']);
check('prettier', 'npx', ['prettier', '--check', '.']);
vitest('unit and corpus tests', ['unit', 'corpus']);
check('build extension (chrome, firefox, zips)', 'npm', ['run', 'build']);
if (existsSync('dist/firefox-mv2')) {
  check('web-ext lint (firefox)', 'npx', [
    'web-ext',
    'lint',
    '--source-dir',
    'dist/firefox-mv2',
    '--self-hosted',
    '--output',
    'text',
  ]);
}
vitest('end-to-end tests in chromium', ['e2e']);

rmSync(scratch, { recursive: true, force: true });
if (failures.length > 0) console.log(`\nFailed steps: ${failures.join('; ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
