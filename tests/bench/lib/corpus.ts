import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The developers' corpus, read once by the bench sections (see its README for the gold formats). */
export const CORPUS_DIR = path.resolve('tests/fixtures/corpus');

export interface PageGold {
  url: string | null;
  cms: string;
  is_article: boolean;
  title: string | null;
  published: string | null;
  author: string | null;
  lead: string | null;
  body_paragraphs: string[];
  images: { src: string; caption: string | null }[];
  attachments: { href: string | null; name: string }[];
  tables: string[][][];
  must_not_contain: string[];
  directive_refs: string[];
}

export interface CorpusPage {
  name: string;
  html: string;
  gold: PageGold;
}

export interface GoldSentence {
  id: string;
  sentence: string;
  refs: { text: string; start: number }[];
  tags: string[];
}

export function loadCorpusPages(): CorpusPage[] {
  const dir = path.join(CORPUS_DIR, 'pages');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      return {
        name,
        html: readFileSync(path.join(dir, file), 'utf8'),
        gold: JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')) as PageGold,
      };
    });
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
