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

/** Refuses forbidden keys anywhere and nesting deeper than `maxDepth` (iterative: no recursion). */
export function assertSafeJsonValue(value: unknown, maxDepth: number): void {
  const stack: Array<{ value: unknown; path: (string | number)[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (path.length > maxDepth) {
      throw importError('too-deep', { location: describePath(path.slice(0, 8)) + '…' });
    }
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index++) {
        const item: unknown = current[index];
        if (typeof item === 'object' && item !== null)
          stack.push({ value: item, path: [...path, index] });
      }
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) {
        throw importError('forbidden-key', { location: describePath([...path, key]) });
      }
      const item: unknown = (current as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null)
        stack.push({ value: item, path: [...path, key] });
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
