import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  getPath,
  isPlainObject,
  readShape,
  type Field,
  type Shape,
} from '../../src/lib/storage/schema';
import { settingsShape, settingsSpec } from '../../src/app/settings-schema';
import { checkBackup, createBackup } from '../../src/features/settings/backup';
import { madeDocument, rawDocument } from './arbitraries';

const RUNS = 10_000;
// Ten thousand documents take seconds alone, minutes on a busy two-core machine.
const TIMEOUT_MS = 300_000;

/** Every leaf field with its dotted path. */
function leaves(shape: Shape, prefix = ''): [string, Field<unknown>][] {
  return Object.entries(shape).flatMap(([key, node]) =>
    (node as Field<unknown>).kind === 'field'
      ? [[prefix + key, node as Field<unknown>] as [string, Field<unknown>]]
      : leaves(node as Shape, prefix + key + '.'),
  );
}
const fields = leaves(settingsShape);

/** The stored value at a path, as the reader would see it (a non-object section hides it). */
function rawAt(raw: unknown, path: string): unknown {
  const keys = path.split('.');
  let node: unknown = raw;
  for (const key of keys) {
    if (!isPlainObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * Whether `read` is the stored value kept: the same value, a number within rounding of it (-0
 * reads as 0, steps snap away float noise), a list with some items left out, or a record with
 * unknown keys left out and missing ones filled in.
 */
function keeps(read: unknown, stored: unknown): boolean {
  if (isDeepStrictEqual(read, stored)) return true;
  if (typeof read === 'number' && typeof stored === 'number') return Math.abs(read - stored) < 1e-9;
  if (isPlainObject(read) && isPlainObject(stored))
    return Object.keys(read).every((key) => !(key in stored) || keeps(read[key], stored[key]));
  if (!Array.isArray(read) || !Array.isArray(stored)) return false;
  let at = 0;
  return read.every((item) => {
    while (at < stored.length && !keeps(item, stored[at])) at += 1;
    return at++ < stored.length;
  });
}

describe('the settings reader, fed generated documents', () => {
  it(
    `never throws, keeps every valid field and stores nothing invalid (${RUNS} documents)`,
    () => {
      const fieldAt = new Map(fields);
      fc.assert(
        fc.property(madeDocument(settingsShape), ({ raw, leaves: made }) => {
          const { value, invalid } = readShape(settingsShape, raw);
          // Plain comparisons in the loop (over a million of them); expect() only on a miss.
          for (const { path, making, stored, section } of made) {
            const field = fieldAt.get(path) as Field<unknown>;
            const read = getPath(value, path);
            const isDefault = isDeepStrictEqual(read, field.fallback);
            // What the reader must do, from how the value was made, never from its parsers:
            // nothing stored, or the default, reads as the default and is not reported...
            const absent = making === 'missing' || (making === 'other' && stored === undefined);
            if ((absent || making === 'default') && (!isDefault || invalid.includes(path)))
              expect({ path, making, read, reported: invalid.includes(path) }).toEqual({
                path,
                making,
                read: field.fallback,
                reported: false,
              });
            // ...a value of the wrong type, or in a section that is no object, is replaced by
            // the default, and the person is told (the value, or its whole section)...
            const reportedAs = section ?? path;
            if (
              (making === 'wrong-type' || making === 'broken-section') &&
              (!isDefault || !invalid.includes(reportedAs))
            )
              expect({ path, making, read, reported: invalid.includes(reportedAs) }).toEqual({
                path,
                making,
                read: field.fallback,
                reported: true,
              });
            // ...and anything else is either kept or, reported, replaced by the default.
            if (making === 'other' && stored !== undefined && !keeps(read, stored)) {
              if (!isDefault) expect({ path, read }).toEqual({ path, read: field.fallback });
              if (!invalid.includes(path)) expect(invalid, `${path} is reported`).toContain(path);
            }
            // Nothing invalid comes out: what was read is valid, and reads back as itself.
            const reread = field.parse(read);
            if (!isDeepStrictEqual(reread, read))
              expect({ path, reread }).toEqual({ path, reread: read });
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});

describe('importing a backup, fed generated files', () => {
  it(
    `never throws, keeps every valid field and restores nothing invalid (${RUNS} files)`,
    () => {
      const file = fc.record({
        app: fc.oneof(fc.constant('lull'), fc.anything()),
        format: fc.oneof(fc.constant(1), fc.integer({ min: -2, max: 3 }), fc.anything()),
        exportedAt: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.anything(),
        ),
        settings: fc.oneof(
          rawDocument(settingsShape).map((data) => ({ version: settingsSpec.version, data })),
          fc.anything(),
        ),
        journal: fc.oneof(fc.array(fc.anything(), { maxLength: 5 }), fc.anything()),
      });
      fc.assert(
        fc.property(file, (contents) => {
          const text = JSON.stringify(contents) ?? 'undefined';
          const result = checkBackup(settingsSpec, text);
          if (!result.ok) return;
          const { settings } = result.backup;
          const raw = (JSON.parse(text) as { settings: { data: unknown } }).settings.data;
          for (const [path, field] of fields) {
            const read = getPath(settings, path);
            expect(field.parse(read)).toEqual(read);
            const stored = rawAt(raw, path);
            const parsed = stored === undefined ? undefined : field.parse(stored);
            if (parsed !== undefined) expect(read).toEqual(parsed);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'reads back every backup it writes',
    () => {
      fc.assert(
        fc.property(rawDocument(settingsShape), fc.date({ noInvalidDate: true }), (raw, when) => {
          const settings = readShape(settingsShape, raw).value;
          const result = checkBackup(settingsSpec, createBackup(settingsSpec, settings, [], when));
          expect(result.ok && result.backup.settings).toEqual(settings);
        }),
        { numRuns: 1000 },
      );
    },
    TIMEOUT_MS,
  );
});
