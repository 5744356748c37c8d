import type { Reference } from '@govclip/core';
import { formatPublished, safeHttpUrl, type Translate } from './render-article';
import { wrapOffsets } from './text-map';

/**
 * Inline reference tags, the reference card and the panel of referenced documents.
 * Pure DOM code (no extension APIs): the reader page wires the events.
 */

export const REFERENCE_CLASS = 'gc-ref';
export const REFERENCE_INDEX_ATTRIBUTE = 'data-gc-ref';

export interface ReferenceGroup {
  key: string;
  /** The fullest way the article cites this document. */
  label: string;
  /** Indices into `article.references`, in text order. */
  indices: number[];
}

export interface LookupLink {
  site: string;
  url: string;
}

/**
 * One group per document (`key`), in the order of `references` (callers pass them in reading
 * order: the title's, then the text's), with every mention's index.
 */
export function groupReferences(references: readonly Reference[]): ReferenceGroup[] {
  const groups = new Map<string, ReferenceGroup>();
  for (const [index, reference] of references.entries()) {
    const key = reference.key || `${reference.type}|${reference.text}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { key, label: reference.text, indices: [] };
      groups.set(key, group);
    }
    group.indices.push(index);
    const best = group.indices
      .map((i) => references[i]!)
      .reduce((a, b) => (referenceLabelRank(b) > referenceLabelRank(a) ? b : a));
    group.label = best.text;
  }
  return [...groups.values()];
}

/**
 * The mention that describes the document best: a short back-reference (`Nghị quyết 18`)
 * keeps only what it prints, so its card shows the fields of its full mention (same key).
 */
export function fullestMention(references: readonly Reference[], reference: Reference): Reference {
  let best = reference;
  for (const other of references) {
    if (other.key === reference.key && referenceLabelRank(other) > referenceLabelRank(best))
      best = other;
  }
  return best;
}

/** Full forms name the document best; among equals, the longer span says more. */
function referenceLabelRank(reference: Reference): number {
  return (
    (reference.form === 'full' || reference.form === 'named-law' ? 1000 : 0) + reference.text.length
  );
}

/** `18-NQ/TW` for Party documents, `45/KH-UBND` for State ones, from the parsed parts. */
export function referenceSymbol(reference: Reference): string | null {
  const { number, code, issuer } = reference;
  if (number === null && code === null && issuer === null) return null;
  if (reference.kind === 'party') {
    return (
      [number, code].filter((part) => part !== null).join('-') +
      (issuer !== null ? `/${issuer}` : '')
    );
  }
  const suffix = [code, issuer].filter((part) => part !== null).join('-');
  return [number, suffix === '' ? null : suffix].filter((part) => part !== null).join('/');
}

/** The card's rows: a label and a value for each parsed field the reference has. */
export function referenceFields(
  reference: Reference,
  t: Translate,
): Array<{ field: string; label: string; value: string }> {
  const rows: Array<{ field: string; label: string; value: string }> = [];
  const add = (field: string, key: string, value: string | null) => {
    if (value !== null && value !== '') rows.push({ field, label: t(key), value });
  };
  add(
    'type',
    'refFieldType',
    `${reference.type} — ${t(reference.kind === 'party' ? 'refKindParty' : 'refKindState')}`,
  );
  add('number', 'refFieldNumber', referenceSymbol(reference));
  add('issuer', 'refFieldIssuer', reference.issuer);
  add('date', 'refFieldDate', formatPublished(reference.date));
  if (reference.date === null)
    add('year', 'refFieldYear', reference.year === null ? null : String(reference.year));
  add('issuingBody', 'refFieldIssuingBody', reference.issuingBody);
  add('term', 'refFieldTerm', reference.term);
  add('title', 'refFieldTitle', reference.title);
  return rows;
}

/** Wraps every reference's text in a focusable tag; returns the tags of each reference by index. */
export function highlightReferences(
  root: HTMLElement,
  references: readonly Reference[],
  firstIndex = 0,
): Map<number, HTMLElement[]> {
  const document = root.ownerDocument;
  const tags = new Map<number, HTMLElement[]>();
  references.forEach((reference, position) => {
    const index = firstIndex + position;
    const wrappers = wrapOffsets(root, reference.start, reference.end, () => {
      const tag = document.createElement('span');
      tag.className = REFERENCE_CLASS;
      tag.setAttribute(REFERENCE_INDEX_ATTRIBUTE, String(index));
      tag.setAttribute('data-kind', reference.kind);
      tag.tabIndex = 0;
      tag.setAttribute('role', 'button');
      return tag;
    });
    if (wrappers.length > 0) tags.set(index, wrappers);
  });
  return tags;
}

/**
 * The card shown when a reference is clicked: the clicked text as its heading, the parsed
 * fields of `details` (the document's fullest mention, the reference itself by default) and
 * lookup links.
 */
export function renderReferenceCard(
  document: Document,
  reference: Reference,
  links: readonly LookupLink[],
  t: Translate,
  details: Reference = reference,
): HTMLElement {
  const card = document.createElement('div');
  card.className = 'gc-ref-card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', reference.text);
  const heading = document.createElement('div');
  heading.className = 'gc-ref-card-title';
  heading.textContent = reference.text;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'gc-ref-card-close';
  close.textContent = '×';
  close.title = t('readerCardClose');
  close.setAttribute('aria-label', t('readerCardClose'));
  heading.appendChild(close);
  card.appendChild(heading);
  const list = document.createElement('dl');
  for (const row of referenceFields(details, t)) {
    const term = document.createElement('dt');
    term.textContent = row.label;
    const value = document.createElement('dd');
    value.textContent = row.value;
    value.setAttribute('data-field', row.field);
    list.append(term, value);
  }
  card.appendChild(list);
  const safeLinks = links
    .map((link) => ({ ...link, url: safeHttpUrl(link.url) }))
    .filter((link) => link.url !== null);
  if (safeLinks.length > 0) {
    const lookups = document.createElement('div');
    lookups.className = 'gc-ref-links';
    lookups.appendChild(
      Object.assign(document.createElement('span'), { textContent: t('readerLookUp') }),
    );
    for (const link of safeLinks) {
      const anchor = document.createElement('a');
      anchor.href = link.url!;
      anchor.target = '_blank';
      anchor.rel = 'noopener noreferrer';
      anchor.textContent = link.site;
      lookups.appendChild(anchor);
    }
    card.appendChild(lookups);
  }
  return card;
}

/** The panel listing every referenced document with its number of mentions. */
export function renderReferencePanel(
  document: Document,
  groups: readonly ReferenceGroup[],
  mentionCount: number,
  t: Translate,
  onSelect: (group: ReferenceGroup) => void,
): HTMLElement {
  const panel = document.createElement('section');
  panel.className = 'gc-ref-panel';
  const heading = document.createElement('h2');
  heading.textContent = t('readerReferences');
  panel.appendChild(heading);
  const summary = document.createElement('p');
  summary.className = 'gc-ref-summary';
  summary.textContent =
    groups.length === 0
      ? t('readerNoReferences')
      : t('readerReferencesCount', String(mentionCount), String(groups.length));
  panel.appendChild(summary);
  const list = document.createElement('ol');
  list.className = 'gc-ref-list';
  for (const group of groups) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'gc-ref-group';
    button.setAttribute('data-key', group.key);
    const label = document.createElement('span');
    label.className = 'gc-ref-group-label';
    label.textContent = group.label;
    const count = document.createElement('span');
    count.className = 'gc-ref-count';
    count.textContent = t('readerMentions', String(group.indices.length));
    button.append(label, count);
    button.addEventListener('click', () => onSelect(group));
    item.appendChild(button);
    list.appendChild(item);
  }
  panel.appendChild(list);
  return panel;
}
