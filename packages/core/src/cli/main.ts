/**
 * `govclip`: argument parsing, I/O and exit codes around the library. No extraction logic here.
 *
 * Exit codes: 0 success · 1 input error (one line on stderr) · 2 bad usage · 3 not an article
 * (stdout `{"error":"not-an-article","reason":…}`).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../article/extract-article';
import { findReferences } from '../references/find-references';
import { cleanText } from '../text/clean-text';
import { isArticle, type ExtractResult } from '../types';
import { decodeInput, InputError } from './decode-input';
import { formatArticle, OUTPUT_FORMATS, type OutputFormat } from './formats';

export const EXIT = { ok: 0, inputError: 1, usage: 2, notAnArticle: 3 } as const;

const HELP = `govclip — clean articles and document references from Vietnamese government pages
(trích bài viết sạch và tham chiếu văn bản từ trang cổng thông tin)

Usage:
  govclip extract [--url URL] [--format json|md|html|text] [--text] FILE|-
  govclip refs [--jsonl] FILE|-
  govclip --help | --version

extract  HTML page (or plain text: a .txt file or --text) → clean article.
         --url      the page URL (resolves links, dates in URLs)
         --format   json (default), md, html (standalone document), text
refs     document references (Nghị quyết 03-NQ/TU…) in a text, as a JSON array.
         --jsonl    each input line is a JSON string; prints one JSON array per line

FILE - reads standard input. Exit codes: 0 ok, 1 input error, 2 bad usage, 3 not an article.
`;

class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file, or standard input for `-`. */
  readInput: (file: string) => Uint8Array;
}

function readStdin(): Uint8Array {
  // fd 0 read synchronously: the whole input is needed before extraction can start anyway.
  return readFileSync(0);
}

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readInput: (file) => {
    try {
      return file === '-' ? readStdin() : readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'is a directory'
            : code === 'EACCES'
              ? 'permission denied'
              : (error as Error).message;
      throw new InputError(`cannot read ${file === '-' ? 'standard input' : file}: ${reason}`);
    }
  },
};

function oneInputFile(positionals: string[], command: string): string {
  if (positionals.length !== 1 || positionals[0] === undefined) {
    throw new UsageError(`${command} needs exactly one FILE (or - for standard input)`);
  }
  return positionals[0];
}

function runExtract(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      url: { type: 'string' },
      format: { type: 'string', default: 'json' },
      text: { type: 'boolean', default: false },
    },
  });
  const file = oneInputFile(positionals, 'extract');
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    throw new UsageError(
      `--format must be one of ${OUTPUT_FORMATS.join(', ')} (got "${values.format}")`,
    );
  }
  const url = values.url ?? null;
  if (url !== null && !/^https?:\/\/\S+$/iu.test(url)) {
    throw new UsageError(`--url must be an absolute http(s) URL (got "${url}")`);
  }
  const asText = values.text || /\.txt$/iu.test(file);
  const decoded = decodeInput(io.readInput(file), asText ? 'text' : 'html');
  if (decoded.notice) io.stderr(`govclip: ${decoded.notice}\n`);
  let result: ExtractResult;
  if (asText) {
    result = cleanText(decoded.text, { url });
  } else {
    const { document } = parseHTML(decoded.text);
    result = extractArticle(document as unknown as Document, { url });
  }
  if (!isArticle(result)) {
    io.stdout(
      `${JSON.stringify({ error: 'not-an-article', reason: result.reason, detail: result.detail })}\n`,
    );
    return EXIT.notAnArticle;
  }
  io.stdout(formatArticle(result, format));
  return EXIT.ok;
}

function runRefs(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { jsonl: { type: 'boolean', default: false } },
  });
  const file = oneInputFile(positionals, 'refs');
  const { text } = decodeInput(io.readInput(file), 'text');
  if (!values.jsonl) {
    io.stdout(`${JSON.stringify(findReferences(text))}\n`);
    return EXIT.ok;
  }
  const lines = text.split(/\r?\n/u);
  if (lines[lines.length - 1] === '') lines.pop();
  const output: string[] = [];
  lines.forEach((line, index) => {
    // A blank line stands for an empty text, so output lines stay aligned with input lines.
    if (line.trim() === '') {
      output.push('[]');
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(`line ${index + 1}: not valid JSON (each line must be a JSON string)`);
    }
    if (typeof value !== 'string') {
      throw new InputError(
        `line ${index + 1}: expected a JSON string, got ${Array.isArray(value) ? 'an array' : typeof value}`,
      );
    }
    output.push(JSON.stringify(findReferences(value)));
  });
  io.stdout(output.length > 0 ? `${output.join('\n')}\n` : '');
  return EXIT.ok;
}

function packageVersion(): string {
  try {
    const manifest = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version?: string };
    return manifest.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Runs the CLI and returns the exit code (the launcher sets `process.exitCode`). */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      if (command === undefined) {
        io.stderr(HELP);
        return EXIT.usage;
      }
      io.stdout(HELP);
      return EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    if (command === 'extract') return runExtract(rest, io);
    if (command === 'refs') return runRefs(rest, io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`govclip: ${error.message}\n`);
      return EXIT.inputError;
    }
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`govclip: ${(error as Error).message}\nRun "govclip --help" for usage.\n`);
      return EXIT.usage;
    }
    io.stderr(`govclip: internal error: ${(error as Error).message ?? String(error)}\n`);
    return EXIT.inputError;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
