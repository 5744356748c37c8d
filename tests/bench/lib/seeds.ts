import { loadCorpusPages } from './corpus';
import type { SeedArticle } from './generate-articles';

/** The corpus articles (gold text) the generators mix into realistic archive content. */
export function corpusSeeds(): SeedArticle[] {
  return loadCorpusPages()
    .filter((page) => page.gold.is_article && page.gold.title)
    .map((page) => ({
      title: page.gold.title ?? '',
      lead: page.gold.lead,
      paragraphs: page.gold.body_paragraphs,
      author: page.gold.author,
    }));
}
