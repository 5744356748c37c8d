/**
 * Mapping between offsets into `Article.text` and positions in the rendered reader DOM.
 *
 * The renderer marks every element that shows a piece of the article's running text (a
 * paragraph, a heading, one list item, one table cell, the lead) as a *text unit*: it carries
 * `data-gc-start="<offset>"`, and its text content is exactly
 * `article.text.slice(start, start + textContent.length)`. The text between units (the blank
 * lines between blocks, the line breaks between list items, the tabs between cells) is not
 * rendered, so it maps to the gap between two units.
 *
 * Inline wrappers added later (reference `<span>`s, highlight `<mark>`s) only split text nodes,
 * so the mapping survives them. UI that must sit inside a unit without being part of the text
 * (a note icon, say) goes in an element marked `data-gc-ignore`.
 *
 * Pure DOM code, no browser-extension APIs: unit-tested on happy-dom.
 */

export const UNIT_START_ATTRIBUTE = 'data-gc-start';
export const IGNORE_ATTRIBUTE = 'data-gc-ignore';

export interface TextUnit {
  element: Element;
  start: number;
  end: number;
}

export interface TextOffsets {
  start: number;
  end: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Text nodes of `element` in document order, skipping `data-gc-ignore` subtrees. */
export function unitTextNodes(element: Element): Text[] {
  const nodes: Text[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) nodes.push(child as Text);
      else if (
        child.nodeType === ELEMENT_NODE &&
        !(child as Element).hasAttribute(IGNORE_ATTRIBUTE)
      )
        visit(child);
    }
  };
  visit(element);
  return nodes;
}

function unitLength(element: Element): number {
  return unitTextNodes(element).reduce((sum, node) => sum + node.data.length, 0);
}

/** The text units under `root`, in document order (which is also offset order). */
export function textUnits(root: Element): TextUnit[] {
  const units: TextUnit[] = [];
  for (const element of Array.from(root.querySelectorAll(`[${UNIT_START_ATTRIBUTE}]`))) {
    const start = Number(element.getAttribute(UNIT_START_ATTRIBUTE));
    if (!Number.isInteger(start) || start < 0) continue;
    units.push({ element, start, end: start + unitLength(element) });
  }
  return units;
}

interface DomPoint {
  node: Node;
  offset: number;
}

/**
 * The DOM point of a text offset. `bias` decides ties: a start point sits at the beginning of
 * the next text node, an end point at the end of the previous one, and an offset that falls in
 * the gap between two units moves forward (start) or backward (end) to the nearest unit. A
 * collapsed point stays in the unit that contains it, edges included.
 */
function pointAt(
  units: readonly TextUnit[],
  offset: number,
  bias: 'start' | 'end' | 'collapsed',
): DomPoint | null {
  let unit: TextUnit | undefined;
  if (bias === 'collapsed') {
    unit = units.find((candidate) => candidate.start <= offset && offset <= candidate.end);
    if (unit === undefined) return null;
  } else if (bias === 'start') {
    unit = units.find((candidate) => offset < candidate.end) ?? units.find((c) => offset <= c.end);
    if (unit === undefined) return null;
    if (offset < unit.start) offset = unit.start;
  } else {
    for (let index = units.length - 1; index >= 0 && unit === undefined; index--) {
      if (units[index]!.start < offset) unit = units[index];
    }
    unit ??= units.find((candidate) => candidate.start === offset);
    if (unit === undefined) return null;
    if (offset > unit.end) offset = unit.end;
  }
  let remaining = offset - unit.start;
  const nodes = unitTextNodes(unit.element);
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const length = node.data.length;
    const isLast = index === nodes.length - 1;
    if (remaining < length || (remaining === length && (bias !== 'start' || isLast))) {
      return { node, offset: remaining };
    }
    remaining -= length;
  }
  return { node: unit.element, offset: 0 };
}

/** A DOM range over the rendered text of `text.slice(start, end)`, or null when out of range. */
export function rangeFromOffsets(root: Element, start: number, end: number): Range | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return null;
  const units = textUnits(root);
  const last = units[units.length - 1];
  if (last === undefined || end > last.end) return null;
  // A collapsed range stays in the unit it touches (end bias), e.g. the end of a paragraph.
  const startPoint =
    start === end
      ? (pointAt(units, start, 'collapsed') ?? pointAt(units, start, 'start'))
      : pointAt(units, start, 'start');
  const endPoint = start === end ? startPoint : pointAt(units, end, 'end');
  if (startPoint === null || endPoint === null) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(startPoint.node, startPoint.offset);
  range.setEnd(endPoint.node, endPoint.offset);
  if (range.collapsed && start !== end) return null;
  return range;
}

/** Is the DOM point (node, offset) strictly before the point (reference, referenceOffset)? */
function isBefore(probe: Range, node: Node, offset: number): boolean {
  return probe.comparePoint(node, offset) < 0;
}

function closestUnit(root: Element, node: Node): Element | null {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  const unit = element?.closest(`[${UNIT_START_ATTRIBUTE}]`) ?? null;
  return unit !== null && root.contains(unit) ? unit : null;
}

/** The text offset of one boundary point of a DOM range. */
function offsetOfPoint(
  root: Element,
  units: readonly TextUnit[],
  node: Node,
  offset: number,
  bias: 'start' | 'end',
): number | null {
  const probe = root.ownerDocument.createRange();
  probe.setStart(node, offset);
  probe.collapse(true);
  const unitElement = closestUnit(root, node);
  const unit = units.find((candidate) => candidate.element === unitElement);
  if (unit !== undefined) {
    let position = unit.start;
    for (const text of unitTextNodes(unit.element)) {
      if (text === node) return position + Math.min(offset, text.data.length);
      // A text node lies wholly before or wholly after an element boundary point.
      if (isBefore(probe, text, 0) && text !== node) position += text.data.length;
    }
    return position;
  }
  // The point lies outside every unit (in the gap between blocks, or in a container): move it
  // to the nearest unit edge inside the selection.
  if (bias === 'start') {
    const next = units.find((candidate) => !isBefore(probe, candidate.element, 0));
    return next === undefined ? null : next.start;
  }
  let previous: TextUnit | undefined;
  for (const candidate of units) {
    const afterUnit = candidate.element.childNodes.length;
    if (
      isBefore(probe, candidate.element, afterUnit) ||
      probe.comparePoint(candidate.element, afterUnit) === 0
    )
      previous = candidate;
  }
  return previous === undefined ? null : previous.end;
}

/** Offsets into the article text of a DOM range inside `root`, or null when it covers no text. */
export function offsetsFromRange(root: Element, range: Range): TextOffsets | null {
  const units = textUnits(root);
  if (units.length === 0) return null;
  const start = offsetOfPoint(root, units, range.startContainer, range.startOffset, 'start');
  const end = offsetOfPoint(root, units, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end < start) return null;
  return { start, end };
}

/**
 * Wraps the rendered text of `text.slice(start, end)` in elements made by `createWrapper`, one
 * per text node piece (a span over several blocks needs several wrappers). Returns the wrappers
 * in document order; empty when the range covers no rendered text.
 */
export function wrapOffsets(
  root: Element,
  start: number,
  end: number,
  createWrapper: () => HTMLElement,
): HTMLElement[] {
  if (!(end > start)) return [];
  const wrappers: HTMLElement[] = [];
  for (const unit of textUnits(root)) {
    if (unit.end <= start || unit.start >= end) continue;
    let position = unit.start;
    for (const node of unitTextNodes(unit.element)) {
      const nodeStart = position;
      const nodeEnd = position + node.data.length;
      position = nodeEnd;
      const from = Math.max(start, nodeStart) - nodeStart;
      const to = Math.min(end, nodeEnd) - nodeStart;
      if (to <= from) continue;
      let target = node;
      if (from > 0) target = target.splitText(from);
      if (to - from < target.data.length) target.splitText(to - from);
      const wrapper = createWrapper();
      target.parentNode!.insertBefore(wrapper, target);
      wrapper.appendChild(target);
      wrappers.push(wrapper);
    }
  }
  return wrappers;
}

/** Removes a wrapper made by `wrapOffsets`, keeping its text (and merging split text nodes). */
export function unwrap(wrapper: Element): void {
  const parent = wrapper.parentNode;
  if (parent === null) return;
  while (wrapper.firstChild !== null) parent.insertBefore(wrapper.firstChild, wrapper);
  parent.removeChild(wrapper);
  parent.normalize();
}
