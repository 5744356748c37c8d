import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

// The pages and their gold come from the corpus suite's own loader, so the bench reads them
// exactly as the tests do.
export { loadPages as loadCorpusPages, type CorpusPage, type PageGold } from '../../corpus/scoring';

/** The developers' corpus, read once by the bench sections (see its README for the gold formats). */
export const CORPUS_DIR = path.resolve('tests/fixtures/corpus');

export interface GoldSentence {
  id: string;
  sentence: string;
  refs: { text: string; start: number }[];
  tags: string[];
}

export function loadTextCases(): { name: string; text: string }[] {
  const dir = path.join(CORPUS_DIR, 'text');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => ({ name: file, text: readFileSync(path.join(dir, file), 'utf8') }));
}

export function loadGoldSentences(): GoldSentence[] {
  return readFileSync(path.join(CORPUS_DIR, 'refs.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldSentence);
}
