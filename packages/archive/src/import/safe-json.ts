import { importError } from './import-error';

/**
 * JSON parsing for files from outside: size limit first, then `JSON.parse`, then one walk over
 * the raw value that refuses prototype-pollution keys and absurd nesting BEFORE any schema or
 * merge code touches it (a `__proto__` key that survives into an object spread or a merge
 * would change the prototype of the result).
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

export interface SafeJsonLimits {
  /** Maximum length of the text, in UTF-16 code units. */
  maxChars: number;
  /** Maximum nesting depth of arrays and objects. */
  maxDepth: number;
}

export const DEFAULT_JSON_LIMITS: SafeJsonLimits = { maxChars: 512 * 1024 * 1024, maxDepth: 64 };

function describePath(path: readonly (string | number)[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join('');
}

/**
 * The path from `root` to `target` (an object inside it), for an error message: the walk below
 * keeps no paths (one array per object of a 50 MB backup), so a refusal finds its path again.
 */
function pathTo(root: unknown, target: object): (string | number)[] {
  const stack: Array<{ value: unknown; path: (string | number)[] }> = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === target) return path;
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'object' && item !== null)
        stack.push({ value: item, path: [...path, Array.isArray(value) ? Number(key) : key] });
    }
  }
  return [];
}

/** Refuses forbidden keys anywhere and nesting deeper than `maxDepth` (iterative: no recursion). */
export function assertSafeJsonValue(value: unknown, maxDepth: number): void {
  // Two parallel stacks (objects, their depths) instead of an entry with a path per object.
  const values: object[] = [];
  const depths: number[] = [];
  if (typeof value === 'object' && value !== null) {
    values.push(value);
    depths.push(0);
  }
  while (values.length > 0) {
    const current = values.pop()!;
    const depth = depths.pop()!;
    if (depth > maxDepth) {
      const path = pathTo(value, current);
      throw importError('too-deep', { location: describePath(path.slice(0, 8)) + '…' });
    }
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index++) {
        const item: unknown = current[index];
        if (typeof item === 'object' && item !== null) {
          values.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) {
        throw importError('forbidden-key', {
          location: describePath([...pathTo(value, current), key]),
        });
      }
      const item: unknown = (current as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) {
        values.push(item);
        depths.push(depth + 1);
      }
    }
  }
}

export function parseJsonSafely(
  text: string,
  limits: SafeJsonLimits = DEFAULT_JSON_LIMITS,
): unknown {
  if (text.trim() === '') throw importError('empty-file');
  if (text.length > limits.maxChars) {
    throw importError('too-large', { detail: `${text.length} > ${limits.maxChars}` });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw importError('not-json', {
      detail: error instanceof Error ? error.message : String(error),
      cause: error,
    });
  }
  assertSafeJsonValue(value, limits.maxDepth);
  return value;
}

export { describePath };
