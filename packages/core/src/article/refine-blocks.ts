/**
 * Pipeline step (after blocks): text-level noise. Drops UI strings, repeated titles and lead
 * copies; turns label lines (`Tác giả: …`, `Ngày đăng: …`) and byline paragraphs into metadata;
 * pairs photos with the italic caption line under them.
 */
import type { RemovedItem } from '../types';
import {
  matchNoise,
  matchNormalizedNoise,
  matchToolRow,
  normalizeForNoise,
} from '../noise/match-noise';
import { FOOTER_PROSE } from '../noise/patterns';
import { excerpt } from './dom';
import { isDateLine, parseVisibleDate } from './dates';
import type { DraftBlock } from './blocks';
import { cleanCaption } from './blocks';
import { parseByline, parseBylineDateLine } from './metadata';

export interface RefineInput {
  drafts: DraftBlock[];
  title: string | null;
  lead: string | null;
  /** The page's description meta: editors' sapo, often clipped with `...`. */
  description?: string | null;
  /**
   * Generic pages only: a first paragraph standing alone in its own container, before a
   * container of body paragraphs, is the sapo. Profiles know where their sapo is.
   */
  structuralLead?: boolean;
  removed: RemovedItem[];
}

export interface RefineResult {
  drafts: DraftBlock[];
  lead: string | null;
  author: string | null;
  source: string | null;
  published: string | null;
}

/**
 * Texts normalized for the noise rules, once per text per call (each is tested several ways).
 * A class: one object per call, its methods shared (no closures made per call).
 */
class NoiseTexts {
  private readonly normalized = new Map<string, string>();

  normalize(text: string): string {
    let value = this.normalized.get(text);
    if (value === undefined) {
      value = normalizeForNoise(text);
      this.normalized.set(text, value);
    }
    return value;
  }

  /** The form two texts are compared in: normalized, lower case, no trailing punctuation. */
  comparable(text: string): string {
    return comparableForm(this.normalize(text));
  }
}

/** `[.:;,!?…]`: trailing punctuation a comparison ignores. */
function isTrailingPunctuation(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x3a ||
    code === 0x3b ||
    code === 0x2c ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x2026
  );
}

/**
 * Lower case without trailing punctuation. Read from the end: a `[…]+$` regex tries every
 * position of the text, and this runs on every paragraph.
 */
function comparableForm(normalized: string): string {
  const lower = normalized.toLowerCase();
  let end = lower.length;
  while (end > 0 && isTrailingPunctuation(lower.charCodeAt(end - 1))) end--;
  return end === lower.length ? lower : lower.slice(0, end);
}

/** Logs a dropped draft under `rule`. */
function drop(removed: RemovedItem[], draft: DraftBlock, rule: string): void {
  removed.push({ rule, excerpt: excerpt(draftText(draft) ?? draft.block.type) });
}

function draftText(draft: DraftBlock): string | null {
  const block = draft.block;
  if (block.type === 'paragraph' || block.type === 'heading' || block.type === 'quote')
    return block.text;
  return null;
}

/** A short right-aligned or emphasised line that reads like a byline. */
function isBylineDraft(draft: DraftBlock | undefined): boolean {
  return (
    !!draft &&
    draft.block.type === 'paragraph' &&
    (draft.align === 'right' || draft.bold || draft.italic) &&
    looksLikeByline(draft.block.text)
  );
}

/** The paragraphs and headings of `drafts`. */
function textDrafts(drafts: readonly DraftBlock[]): DraftBlock[] {
  return drafts.filter(
    (draft) => draft.block.type === 'paragraph' || draft.block.type === 'heading',
  );
}

/** A short line that reads like a name or an office, not a sentence. */
function looksLikeByline(text: string): boolean {
  if (text.length > 70) return false;
  const words = text.split(/\s+/);
  if (words.length > 10) return false;
  if (/[.!?…:;]$/u.test(text) && !/(?:^|\s)\p{Lu}\.$/u.test(text)) return false;
  if (/\d{3,}/.test(text)) return false;
  return /^\p{Lu}/u.test(text) || /^\(/.test(text);
}

/** An upper-case category label above the article (`HOẠT ĐỘNG HỘI`), not a numbered heading. */
function isCategoryKicker(text: string): boolean {
  if (text.length > 60 || text.split(/\s+/).length > 6) return false;
  if (/^(?:[IVXLC]+|\d+|[a-zđ])[.)]/u.test(text)) return false;
  return /\p{Lu}/u.test(text) && text === text.toUpperCase() && !/[.!?:;]$/u.test(text);
}

export function refineBlocks({
  drafts,
  title,
  lead,
  description,
  structuralLead = false,
  removed,
}: RefineInput): RefineResult {
  let author: string | null = null;
  let source: string | null = null;
  let published: string | null = null;
  const texts = new NoiseTexts();
  const titleKey = title ? texts.comparable(title) : null;
  const leadKey = lead ? texts.comparable(lead) : null;
  const kept: DraftBlock[] = [];
  let keptTextCount = 0;

  // Kickers, categories and breadcrumbs printed above a repeated title are chrome.
  const titleIndex = titleKey
    ? drafts.findIndex(
        (draft, index) =>
          index < 6 &&
          draftText(draft) !== null &&
          texts.comparable(draftText(draft) ?? '') === titleKey,
      )
    : -1;
  let afterRelatedHeading = false;
  drafts.forEach((draft, index) => {
    const text = draftText(draft);
    const followsRelated = afterRelatedHeading;
    afterRelatedHeading = false;
    // Logos, kickers and menus printed above a repeated title are page chrome.
    if (index < titleIndex && (text ?? '').length < 100)
      return drop(removed, draft, 'noise:before-title');
    if (kept.length === 0 && text !== null && index < drafts.length - 1 && isCategoryKicker(text)) {
      return drop(removed, draft, 'noise:category-kicker');
    }
    if (draft.block.type === 'list') {
      const items = draft.block.items;
      const linkText = draft.linkTexts.join(' ').length;
      const allText = items.join(' ').length;
      if (followsRelated && draft.linkTexts.length > 0)
        return drop(removed, draft, 'noise:related-list');
      if (items.length >= 3 && allText > 0 && linkText / allText > 0.6)
        return drop(removed, draft, 'noise:link-list');
      const keptItems = items.filter((item) => !matchNoise(item, ['drop']));
      if (keptItems.length === 0) return drop(removed, draft, 'noise:list-of-ui-strings');
      draft.block = { ...draft.block, items: keptItems };
      return void kept.push(draft);
    }
    if (text === null) return void kept.push(draft);
    const key = texts.comparable(text);
    if (titleKey && key === titleKey) return drop(removed, draft, 'noise:title-repeat');
    if (leadKey && key === leadKey) return drop(removed, draft, 'noise:lead-repeat');
    const rule = matchNormalizedNoise(texts.normalize(text));
    if (rule?.action === 'drop' || rule?.action === 'image-text') {
      afterRelatedHeading = rule.name === 'related';
      return drop(removed, draft, `noise:${rule.name}`);
    }
    if (rule?.action === 'label') {
      const date = parseVisibleDate(text);
      if (
        date &&
        /^(?:ngày|ngay|tin đăng|thời gian|đăng ngày|cập nhật)/iu.test(texts.normalize(text))
      ) {
        published ??= date;
      } else if (/^(?:nguồn)/iu.test(texts.normalize(text))) {
        source ??= parseByline(text).source;
      } else if (
        /^(?:tác giả|người đăng|người viết|viết bởi|đăng bởi|tin,? ảnh|tin và ảnh|bài,? ảnh)/iu.test(
          texts.normalize(text),
        )
      ) {
        const byline = parseByline(text);
        author ??= byline.author;
        source ??= byline.source;
      }
      return drop(removed, draft, `noise:${rule.name}`);
    }
    const toolRow =
      draft.linkTexts.length > 0 ? matchToolRow(draft.linkTexts, draft.textOutsideLinks) : null;
    if (toolRow) return drop(removed, draft, `noise:${toolRow.name}`);
    if (draft.block.type !== 'heading' && keptTextCount < 3) {
      const date = isDateLine(text);
      if (date) {
        published ??= date;
        return drop(removed, draft, 'noise:date-line');
      }
      const bylineDate = parseBylineDateLine(text);
      if (bylineDate) {
        published ??= bylineDate.published;
        author ??= bylineDate.author;
        return drop(removed, draft, 'noise:byline-date-line');
      }
    }
    keptTextCount++;
    kept.push(draft);
  });

  // Captions: an italic (or centred, short) line right under a photo without caption.
  const withCaptions: DraftBlock[] = [];
  for (const draft of kept) {
    const previous = withCaptions[withCaptions.length - 1];
    if (
      previous?.block.type === 'figure' &&
      previous.block.caption === null &&
      draft.block.type === 'paragraph' &&
      draft.italic &&
      draft.block.text.length <= 300
    ) {
      const caption = cleanCaption(draft.block.text, title);
      if (caption) {
        previous.block = { ...previous.block, caption };
        removed.push({ rule: 'blocks:caption-under-photo', excerpt: excerpt(caption) });
        continue;
      }
    }
    withCaptions.push(draft);
  }

  // Lead fallback: a bold first paragraph of sapo length, a sapo set as a heading (NewsView,
  // baochinhphu print it in an h2), or the first paragraph when the description meta
  // repeats it whole (a clipped description is usually the first body paragraph, not a sapo).
  const firstTextIndex = withCaptions.findIndex(
    (draft) => draft.block.type === 'paragraph' || draft.block.type === 'heading',
  );
  const descriptionKey = description ? texts.comparable(description) : null;
  if (lead === null && firstTextIndex >= 0 && withCaptions.length > 1) {
    const first = withCaptions[firstTextIndex] as DraftBlock;
    const firstText = draftText(first) ?? '';
    const quotedByDescription =
      !!descriptionKey &&
      descriptionKey.length >= 40 &&
      descriptionKey !== titleKey &&
      texts.comparable(firstText) === descriptionKey;
    const sapoHeading =
      first.block.type === 'heading' && firstText.length >= 100 && /[.!?…]$/u.test(firstText);
    const boldSapo =
      first.block.type === 'paragraph' &&
      first.bold &&
      firstText.length >= 60 &&
      first.align !== 'right';
    const rest = withCaptions
      .slice(firstTextIndex + 1)
      .filter((draft) => draft.block.type === 'paragraph');
    const next = rest[0];
    const standsAlone =
      structuralLead &&
      first.block.type === 'paragraph' &&
      firstText.length >= 80 &&
      firstText.length <= 800 &&
      /[.!?…”"]$/u.test(firstText) &&
      !/https?:\/\//.test(firstText) &&
      first.align !== 'right' &&
      !!first.group &&
      !!next &&
      next.group !== first.group &&
      rest.filter((draft) => draft.group === next.group).length >= 2 &&
      withCaptions.filter(
        (draft) => draft.group === first.group && draft.block.type === 'paragraph',
      ).length === 1;
    if (quotedByDescription || sapoHeading || boldSapo || standsAlone) {
      lead = firstText;
      withCaptions.splice(firstTextIndex, 1);
      const why = quotedByDescription
        ? 'description'
        : sapoHeading
          ? 'long-heading'
          : boldSapo
            ? 'bold-paragraph'
            : 'own-container';
      removed.push({ rule: `blocks:lead-from-${why}`, excerpt: excerpt(lead) });
    }
  }

  // Site footer prose (contact, licence, copyright) trailing the body when the root was too wide.
  for (let last = withCaptions.at(-1); last; last = withCaptions.at(-1)) {
    const text = draftText(last);
    if (last.block.type !== 'paragraph' || text === null || !FOOTER_PROSE.test(text)) break;
    withCaptions.pop();
    removed.push({ rule: 'noise:site-footer', excerpt: excerpt(text) });
  }

  // Bylines: short right-aligned or emphasised lines at the end (or start) of the body.
  const bylineLines: string[] = [];
  const last = textDrafts(withCaptions).at(-1);
  if (
    last &&
    textDrafts(withCaptions).length > 1 &&
    isBylineDraft(last) &&
    last.block.type === 'paragraph'
  ) {
    bylineLines.push(last.block.text);
    withCaptions.splice(withCaptions.indexOf(last), 1);
    removed.push({ rule: 'blocks:byline-last-line', excerpt: excerpt(last.block.text) });
  } else {
    const leading: DraftBlock[] = [];
    for (const draft of withCaptions) {
      if (draft.block.type !== 'paragraph' || draft.align !== 'right' || !isBylineDraft(draft))
        break;
      leading.push(draft);
      if (leading.length === 3) break;
    }
    if (leading.length > 0 && withCaptions.length > leading.length) {
      for (const draft of leading) {
        if (draft.block.type === 'paragraph') bylineLines.push(draft.block.text);
        withCaptions.splice(withCaptions.indexOf(draft), 1);
        removed.push({
          rule: 'blocks:byline-first-lines',
          excerpt: excerpt(draftText(draft) ?? ''),
        });
      }
    }
  }
  if (bylineLines.length > 0) {
    const joined = bylineLines.reduce(
      (all, line) => (all ? `${all}${/[,;]$/.test(all) ? ' ' : ', '}${line}` : line),
      '',
    );
    const byline = parseByline(joined);
    author = byline.author ?? author;
    source ??= byline.source;
  }

  return { drafts: withCaptions, lead, author, source, published };
}
