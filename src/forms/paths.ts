/**
 * Form values are plain nested objects and arrays; a field is named by its
 * path ("dates.0.event"). These helpers read and write by path without
 * mutating, and translate to and from JSON Pointers ("/dates/0/event") and
 * element ids.
 */

export type Path = string;

export function getPath(values: unknown, path: Path): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node == null ? undefined : (node as Record<string, unknown>)[key]), values);
}

export function setPath<T>(values: T, path: Path, value: unknown): T {
  const [key, ...rest] = path.split('.');
  const node = (values ?? (/^\d+$/.test(key) ? [] : {})) as Record<string, unknown> | unknown[];
  const next = rest.length ? setPath((node as Record<string, unknown>)[key], rest.join('.'), value) : value;
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[Number(key)] = next;
    return copy as T;
  }
  return { ...node, [key]: next } as T;
}

export function pointerToPath(pointer: string): Path {
  return pointer
    .replace(/^#?\//, '')
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

export function pathToId(path: Path): string {
  return `f-${path.replace(/\./g, '-')}`;
}

/** "dates.3.event" → "dates.*.event": the field's definition, whichever item it is in. */
export function pathPattern(path: Path): string {
  return path.replace(/\.\d+(?=\.|$)/g, '.*');
}
