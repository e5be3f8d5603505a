import fc from 'fast-check';
import type { Field, Shape } from '../../src/lib/storage/schema';

const isField = (node: Field<unknown> | Shape): node is Field<unknown> =>
  (node as Field<unknown>).kind === 'field';

/** Values that are often nearly right: the kind of thing a bug or an old version writes. */
const nearMiss = fc.oneof(
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(
    '',
    'dark',
    'night',
    'system',
    'reduce',
    '22:30',
    '24:00',
    '7:5',
    'x'.repeat(500),
  ),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.anything(), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything(), { maxKeys: 4 }),
);

/** A stored value for one field: its default, a changed copy of it, or something wrong. */
function fieldValue(field: Field<unknown>) {
  const fallback = field.fallback;
  const variants: fc.Arbitrary<unknown>[] = [
    fc.constant(structuredClone(fallback)),
    nearMiss,
    fc.anything(),
  ];
  if (typeof fallback === 'number')
    variants.push(fc.double({ min: -10, max: 1000 }), fc.integer({ min: -10, max: 1000 }));
  if (Array.isArray(fallback))
    variants.push(
      fc.array(fc.oneof(...fallback.map((item) => fc.constant(structuredClone(item))), nearMiss), {
        maxLength: 40,
      }),
    );
  return fc.oneof(...variants);
}

/** Generated raw documents for a shape: sections missing, wrong types, fields valid or not. */
export function rawDocument(shape: Shape): fc.Arbitrary<unknown> {
  const entries = Object.entries(shape).map(
    ([key, node]) =>
      [key, isField(node) ? fieldValue(node) : fc.oneof(rawDocument(node), nearMiss)] as const,
  );
  return fc.record(Object.fromEntries(entries), { requiredKeys: [] });
}

/**
 * How a generated leaf was made, so a test can say what the reader must do with it without
 * asking the reader's own parsers: 'missing' and 'default' read as the default, 'wrong-type'
 * (a JavaScript type the default does not have) reads as the default and is reported,
 * 'broken-section' (its section is not an object) reads as the default, 'other' is anything.
 */
export type LeafMaking = 'missing' | 'default' | 'wrong-type' | 'broken-section' | 'other';

/** One generated leaf: its dotted path, how it was made and what was stored. */
export interface MadeLeaf {
  path: string;
  making: LeafMaking;
  stored: unknown;
  /** For 'broken-section': the path of the section that was not an object. */
  section?: string;
}

/** A value whose JavaScript type differs from `fallback`'s (never null: nullable takes it). */
function wrongType(fallback: unknown): fc.Arbitrary<unknown> | undefined {
  const kinds = {
    number: fc.double(),
    string: fc.string({ maxLength: 10 }),
    boolean: fc.boolean(),
    array: fc.array(fc.anything(), { maxLength: 3 }),
    object: fc.dictionary(fc.string({ maxLength: 8 }), fc.anything(), { maxKeys: 3 }),
  };
  if (fallback === null || fallback === undefined) return undefined;
  const own = Array.isArray(fallback) ? 'array' : typeof fallback;
  const others = Object.entries(kinds).filter(([kind]) => kind !== own);
  return fc.oneof(...others.map(([, arbitrary]) => arbitrary));
}

const notAnObject = fc.oneof(
  fc.integer(),
  fc.string({ maxLength: 10 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything(), { maxLength: 3 }),
);

type Made = { raw: Record<string, unknown>; leaves: MadeLeaf[] };

/** Every leaf of a shape as made by a section that is not an object. */
function brokenLeaves(shape: Shape, prefix: string, section: string): MadeLeaf[] {
  return Object.entries(shape).flatMap(([key, node]) =>
    isField(node)
      ? [{ path: prefix + key, making: 'broken-section' as const, stored: undefined, section }]
      : brokenLeaves(node, prefix + key + '.', section),
  );
}

/** One key of a shape, made in a known way: [the stored value or undefined, its leaves]. */
function madeEntry(key: string, node: Field<unknown> | Shape, prefix: string) {
  const path = prefix + key;
  if (isField(node)) {
    const leaf = (making: LeafMaking) => (stored: unknown) =>
      [stored, [{ path, making, stored }]] as [unknown, MadeLeaf[]];
    const wrong = wrongType(node.fallback);
    return fc.oneof(
      fc.constant(undefined).map(leaf('missing')),
      fc.constant(null).map(() => leaf('default')(structuredClone(node.fallback))),
      ...(wrong ? [wrong.map(leaf('wrong-type'))] : []),
      fieldValue(node).map(leaf('other')),
    );
  }
  return fc.oneof(
    { weight: 4, arbitrary: madeDocument(node, path + '.').map((made) => [made.raw, made.leaves]) },
    { weight: 1, arbitrary: notAnObject.map((raw) => [raw, brokenLeaves(node, path + '.', path)]) },
  ) as fc.Arbitrary<[unknown, MadeLeaf[]]>;
}

/** Generated documents for a shape, each leaf told how it was made (see LeafMaking). */
export function madeDocument(shape: Shape, prefix = ''): fc.Arbitrary<Made> {
  const entries = Object.entries(shape).map(([key, node]) => madeEntry(key, node, prefix));
  return fc.tuple(...entries).map((made) => {
    const raw: Record<string, unknown> = {};
    Object.keys(shape).forEach((key, at) => {
      if (made[at][0] !== undefined) raw[key] = made[at][0];
    });
    return { raw, leaves: made.flatMap(([, leaves]) => leaves) };
  });
}
