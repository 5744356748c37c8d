import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ExtractResult } from '@govclip/core';
import type { PageGold } from './corpus';

/**
 * The bench scores with the corpus suite's own helpers (tests/corpus/scoring.ts), so bench
 * accuracy equals test accuracy. They are loaded at run time: until the extraction engineer
 * lands them, the accuracy columns say why they are missing instead of showing a number.
 */
export interface PageScore {
  /** Body token F1, or null for a non-article page (then `status` says what the tool did). */
  bodyF1: number | null;
  leaks: number;
  status: string;
}

export interface Scorer {
  description: string;
  score(result: ExtractResult, gold: PageGold): PageScore;
}

export async function loadScorer(): Promise<Scorer | { unavailable: string }> {
  const file = path.resolve('tests/corpus/scoring.ts');
  if (!existsSync(file)) return { unavailable: 'tests/corpus/scoring.ts has not landed' };
  return { unavailable: 'tests/corpus/scoring.ts exists but the bench adapter is not wired yet' };
}
