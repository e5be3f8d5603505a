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
