/** One stored value: its default, and a parser that returns undefined for anything invalid. */
export interface Field<T> {
  readonly kind: 'field';
  readonly fallback: T;
  parse(raw: unknown): T | undefined;
}

/** A tree of fields; each leaf is validated on its own so one bad value never costs the rest. */
export interface Shape {
  readonly [key: string]: Field<unknown> | Shape;
}

/** The value type a shape describes. */
export type Infer<S> = S extends Field<infer T> ? T : { -readonly [K in keyof S]: Infer<S[K]> };

const field = <T>(fallback: T, parse: (raw: unknown) => T | undefined): Field<T> => ({
  kind: 'field',
  fallback,
  parse,
});

/** A finite number in [min, max], snapped to `step` when given. */
export function num(fallback: number, min: number, max: number, step?: number): Field<number> {
  const decimals = step === undefined ? 0 : decimalsOf(step);
  return field(fallback, (raw) => {
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < min || raw > max)
      return undefined;
    // -0 is valid but would come back from a backup (JSON) as 0: store it as 0 from the start.
    if (step === undefined) return raw + 0;
    // Rounded to the step's decimals: 3 * 0.1 is 0.30000000000000004, and 0.3 must stay 0.3.
    const snapped = Number((Math.round(raw / step) * step).toFixed(decimals));
    return Math.abs(snapped - raw) < 1e-9 ? snapped + 0 : undefined;
  });
}

/** How many decimals a step has: 0.25 has 2, 5 has 0. */
function decimalsOf(step: number): number {
  let decimals = 0;
  while (
    decimals < 15 &&
    Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-9
  )
    decimals += 1;
  return decimals;
}

/** A whole number in [min, max]. */
export const int = (fallback: number, min: number, max: number) => num(fallback, min, max, 1);

/** true or false. */
export const bool = (fallback: boolean) =>
  field(fallback, (raw) => (typeof raw === 'boolean' ? raw : undefined));

/** One of a fixed set of strings. */
export function oneOf<const T extends string>(fallback: T, options: readonly T[]): Field<T> {
  return field(fallback, (raw) =>
    typeof raw === 'string' && (options as readonly string[]).includes(raw)
      ? (raw as T)
      : undefined,
  );
}

/** Plain text up to `maxLength` characters. It is only ever shown as text, never as HTML. */
export const text = (fallback: string, maxLength: number) =>
  field(fallback, (raw) => (typeof raw === 'string' && raw.length <= maxLength ? raw : undefined));

/** A wall-clock time "HH:MM", 24-hour. */
export const clockTime = (fallback: string) =>
  field(fallback, (raw) =>
    typeof raw === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(raw) ? raw : undefined,
  );

/** A list of up to `maxItems` items; invalid items are dropped, the valid ones kept. */
export function list<T>(fallback: T[], item: Field<T>, maxItems: number): Field<T[]> {
  return field(fallback, (raw) => {
    if (!Array.isArray(raw)) return undefined;
    // Count only valid items, so a damaged item never pushes a good one past the limit.
    const kept: T[] = [];
    for (const entry of raw) {
      if (kept.length === maxItems) break;
      const parsed = item.parse(entry);
      if (parsed !== undefined) kept.push(parsed);
    }
    return kept;
  });
}

/** A record of fixed keys, checked as a unit (for list items and other small structures). */
export function record<S extends Shape>(shape: S): Field<Infer<S>> {
  return field(defaults(shape), (raw) => {
    if (!isPlainObject(raw)) return undefined;
    const { value, invalid } = readShape(shape, raw);
    return invalid.length === 0 ? value : undefined;
  });
}

/** A field that is either `null` or a valid value of `inner`. */
export function nullable<T>(inner: Field<T>, fallback: T | null = null): Field<T | null> {
  return field(fallback, (raw) => (raw === null ? null : inner.parse(raw)));
}

/** True for `{...}` objects, false for arrays, null and everything else. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isField(node: Field<unknown> | Shape): node is Field<unknown> {
  return (node as Field<unknown>).kind === 'field';
}

/** The defaults of a shape, as fresh objects. */
export function defaults<S extends Shape>(shape: S): Infer<S> {
  const out: Record<string, unknown> = {};
  for (const [key, node] of Object.entries(shape)) {
    out[key] = isField(node) ? structuredClone(node.fallback) : defaults(node);
  }
  return out as Infer<S>;
}

/** The result of reading stored data against a shape. */
export interface ReadResult<T> {
  value: T;
  /** Paths of the values that were present but invalid and were replaced by defaults. */
  invalid: string[];
}

/** Reads `raw` against `shape`: valid leaves kept, missing ones defaulted, invalid ones listed. */
export function readShape<S extends Shape>(
  shape: S,
  raw: unknown,
  prefix = '',
): ReadResult<Infer<S>> {
  const source = isPlainObject(raw) ? raw : {};
  const invalid: string[] = [];
  if (raw !== undefined && !isPlainObject(raw) && prefix) invalid.push(prefix.slice(0, -1));
  const out: Record<string, unknown> = {};
  for (const [key, node] of Object.entries(shape)) {
    const path = prefix + key;
    const stored = source[key];
    if (isField(node)) {
      const parsed = stored === undefined ? undefined : node.parse(stored);
      if (stored !== undefined && parsed === undefined) invalid.push(path);
      out[key] = parsed === undefined ? structuredClone(node.fallback) : parsed;
    } else {
      const inner = readShape(node, stored, path + '.');
      invalid.push(...inner.invalid);
      out[key] = inner.value;
    }
  }
  return { value: out as Infer<S>, invalid };
}

/** Every leaf path of a shape, such as "appearance.theme". */
export function leafPaths(shape: Shape, prefix = ''): string[] {
  return Object.entries(shape).flatMap(([key, node]) =>
    isField(node) ? [prefix + key] : leafPaths(node, prefix + key + '.'),
  );
}

/** Reads the value at a dotted path. */
export function getPath(target: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), target);
}

/** Writes the value at a dotted path, creating objects on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = target;
  for (const key of keys) {
    if (!isPlainObject(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[last] = value;
}
