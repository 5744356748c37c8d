import { appendFileSync } from 'node:fs';

/**
 * Where a section writes its Markdown. `scripts/bench.mjs` runs every section as its own
 * process (so one section's memory and crashes never touch another's numbers) and collects
 * the Markdown through this file; run alone, a section prints to stdout.
 */
const outputFile = process.env.GOVCLIP_BENCH_OUT;

export function emitMarkdown(markdown: string): void {
  const text = `${markdown.trimEnd()}\n\n`;
  if (outputFile) appendFileSync(outputFile, text);
  else process.stdout.write(text);
}

/** Progress goes to stderr so it never mixes with the tables. */
export function progress(message: string): void {
  process.stderr.write(`  … ${message}\n`);
}

/** A section whose code has not landed says why instead of printing a made-up number. */
export function notAvailable(title: string, why: string): void {
  emitMarkdown(`## ${title}\n\nnot available yet: ${why}`);
}

/** Failures are reported in the tables too: a crashed bench must not look like a missing one. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
