/**
 * Inputs that once sent a reader of the finder into an endless loop, run through the real
 * `govclip refs --jsonl` in a child process with a deadline: a loop that never ends cannot be
 * interrupted inside the test's own thread (a timer never fires there), so the child is killed
 * and the test fails instead of hanging the suite.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'packages', 'core', 'bin', 'govclip.mjs');
/** Far above the few hundred milliseconds these take, far below a suite's patience. */
const DEADLINE_MS = 30_000;

/** Each text, then the references' texts it must give. */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  // A passive's mark glued to the next mark at the clause's start (`Được,`): the backward search
  // for `được` found itself again.
  ['Được,Sở Tài chính phê duyệt tại Quyết định số 12/QĐ-UBND.', ['Quyết định số 12/QĐ-UBND']],
  ['ĐƯỢC) Sở Tài chính phê duyệt tại Quyết định số 12/QĐ-UBND.', ['Quyết định số 12/QĐ-UBND']],
  ['DUOC1 Sở Tài chính phê duyệt tại Quyết định số 12/QĐ-UBND.', ['Quyết định số 12/QĐ-UBND']],
  // A body named with its own comma that ends the text: the skip over the name's words ran past
  // the last word.
  ['Kế hoạch số 27/KH-SVHTTDL của Sở Văn hóa, Thể thao và Du lịch', ['Kế hoạch số 27/KH-SVHTTDL']],
  [
    'Chỉ thị số 03-CT/TU của Ban Thường vụ Tỉnh ủy về phòng, chống tham nhũng, tiêu cực',
    ['Chỉ thị số 03-CT/TU'],
  ],
  // A quote opened inside a title and never closed, a colon at the text's end.
  ['Quyết định số 5/QĐ-UBND phê duyệt Đề án “Phát triển, nâng cao', ['Quyết định số 5/QĐ-UBND']],
  ['Kế hoạch số 9/KH-UBND:', ['Kế hoạch số 9/KH-UBND']],
];

describe('the finder ends on inputs that once looped', () => {
  it('returns each text’s references through the CLI within the deadline', () => {
    const input = CASES.map(([text]) => JSON.stringify(text)).join('\n');
    const run = spawnSync(process.execPath, [BIN, 'refs', '--jsonl', '-'], {
      cwd: ROOT,
      input,
      encoding: 'utf8',
      timeout: DEADLINE_MS,
    });
    expect(run.error, 'the CLI did not finish before its deadline').toBeUndefined();
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(
      lines.map((line) => (JSON.parse(line) as { text: string }[]).map((ref) => ref.text)),
    ).toEqual(CASES.map(([, expected]) => expected));
  });
});
