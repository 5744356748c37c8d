import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Peak resident memory of this process. On Linux the peak (VmHWM) can be reset through
 * /proc/self/clear_refs, so the peak of one measured call is not hidden by an earlier, larger
 * peak (building the input); elsewhere fall back to the lifetime peak (getrusage maxRSS).
 */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

export function peakRssBytes(): number {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    if (match?.[1]) return Number(match[1]) * 1024;
  } catch {
    // not Linux: use the lifetime peak below
  }
  return process.resourceUsage().maxRSS * 1024;
}

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}
