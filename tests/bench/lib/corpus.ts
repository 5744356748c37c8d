import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

// The pages and their gold come from the corpus suite's own loader, so the bench reads them
// exactly as the tests do.
import { loadPages, type CorpusPage } from '../../corpus/scoring';

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

/** The gold text of a corpus page: title, lead and body paragraphs, blank-line separated. */
export function pageGoldText(page: CorpusPage): string {
  return [page.gold.title, page.gold.lead, ...page.gold.body_paragraphs]
    .filter((part): part is string => Boolean(part))
    .join('\n\n');
}

/**
 * The references bench's documents: each article page's gold text, each plain-text case, the
 * gold sentences ten at a time.
 */
export function referenceDocuments(): string[] {
  const pages = loadPages()
    .filter((page) => page.gold.is_article)
    .map(pageGoldText);
  const texts = loadTextCases().map((textCase) => textCase.text);
  const sentences = loadGoldSentences().map((gold) => gold.sentence);
  const groups: string[] = [];
  for (let index = 0; index < sentences.length; index += 10) {
    groups.push(sentences.slice(index, index + 10).join(' '));
  }
  return [...pages, ...texts, ...groups];
}

/** The size of the references bench input: at least 20 MB of UTF-8. */
export const REFERENCE_BENCH_BYTES = 20 * 1000 * 1000;

/**
 * `referenceDocuments()` repeated, whole, until they hold `REFERENCE_BENCH_BYTES` (counting a
 * blank-line separator after each): the bench scans them one by one or joined by blank lines.
 */
export function largeReferenceCorpus(): string[] {
  const base = referenceDocuments();
  const documents: string[] = [];
  let bytes = 0;
  while (bytes < REFERENCE_BENCH_BYTES) {
    for (const document of base) {
      documents.push(document);
      bytes += Buffer.byteLength(document, 'utf8') + 2;
    }
  }
  return documents;
}
