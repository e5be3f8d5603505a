import { describe, it, expect } from 'vitest';
import { openJournal, parseEntry, type JournalEntry } from '../../../src/lib/storage/journal';
import { freshStore } from '../../support/stores';

const entry = (overrides: Record<string, unknown> = {}) => ({
  id: '1800000000000-abc123',
  kind: 'breathing',
  startedAt: 1_800_000_000_000,
  endedAt: 1_800_000_300_000,
  details: { pattern: '4-7-8', cycles: 4, completed: true, steps: ['neck', 'shoulders'] },
  ...overrides,
});

describe('parseEntry', () => {
  it('accepts a valid entry as it is', () => {
    expect(parseEntry(entry())).toEqual(entry());
    expect(parseEntry(entry({ endedAt: 1_800_000_000_000 }))).toBeDefined();
  });

  it('gives an entry without details an empty map', () => {
    const { details: _details, ...bare } = entry();
    expect(parseEntry(bare)).toEqual({ ...bare, details: {} });
  });

  it('rejects bad ids', () => {
    for (const id of ['', 42, null, 'x'.repeat(65)])
      expect(parseEntry(entry({ id }))).toBeUndefined();
    expect(parseEntry(entry({ id: 'x'.repeat(64) }))).toBeDefined();
  });

  it('rejects an unknown kind and impossible times', () => {
    expect(parseEntry(entry({ kind: 'nap' }))).toBeUndefined();
    expect(parseEntry(entry({ endedAt: 1_799_999_999_999 }))).toBeUndefined();
    expect(parseEntry(entry({ startedAt: -1 }))).toBeUndefined();
    expect(parseEntry(entry({ startedAt: 1.5 }))).toBeUndefined();
    expect(parseEntry(entry({ endedAt: '2027-01-15' }))).toBeUndefined();
  });

  it('rejects an entry that lacks a field rather than inventing it', () => {
    for (const field of ['id', 'kind', 'startedAt', 'endedAt']) {
      const partial: Record<string, unknown> = entry();
      delete partial[field];
      expect(parseEntry(partial), field).toBeUndefined();
    }
  });

  it('rejects details that are not flat primitives', () => {
    const bad = [
      { nested: { a: 1 } },
      { list: [1, 2] },
      { list: ['a', ['b']] },
      { missing: null },
      { count: NaN },
      { count: Infinity },
    ];
    for (const details of bad)
      expect(parseEntry(entry({ details })), JSON.stringify(details)).toBeUndefined();
  });

  it('rejects oversized details', () => {
    expect(parseEntry(entry({ details: { note: 'x'.repeat(201) } }))).toBeUndefined();
    expect(parseEntry(entry({ details: { note: 'x'.repeat(200) } }))).toBeDefined();
    expect(parseEntry(entry({ details: { steps: Array(101).fill('a') } }))).toBeUndefined();
    expect(parseEntry(entry({ details: { steps: ['x'.repeat(201)] } }))).toBeUndefined();
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]));
    expect(parseEntry(entry({ details: many }))).toBeUndefined();
    const enough = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    expect(parseEntry(entry({ details: enough }))).toBeDefined();
  });

  it('rejects what is not an entry at all', () => {
    for (const raw of [null, undefined, 'entry', 42, [entry()]])
      expect(parseEntry(raw)).toBeUndefined();
  });
});

describe('openJournal', () => {
  const session = (kind: JournalEntry['kind'], startedAt: number) => ({
    kind,
    startedAt,
    endedAt: startedAt + 600_000,
    details: { minutes: 10 },
  });

  it('adds entries with ids and lists them oldest first', async () => {
    const journal = openJournal(freshStore());
    const late = await journal.add(session('routine', 1_800_000_900_000));
    const early = await journal.add(session('breathing', 1_800_000_000_000));
    const middle = await journal.add(session('stretches', 1_800_000_500_000));
    expect(late.id).toMatch(/^1800000900000-[a-z0-9]+$/);
    expect(new Set([late.id, early.id, middle.id]).size).toBe(3);
    expect(await journal.list()).toEqual([early, middle, late]);
  });

  it('lists entries saved by an earlier page load', async () => {
    const store = freshStore();
    const saved = await openJournal(store).add(session('breathing', 1_800_000_000_000));
    expect(await openJournal(store).list()).toEqual([saved]);
  });

  it('skips a corrupt entry on disk and keeps the others', async () => {
    const store = freshStore();
    const journal = openJournal(store);
    const good = await journal.add(session('breathing', 1_800_000_000_000));
    await store.set('corrupt-1', { id: 'corrupt-1', kind: 'breathing', startedAt: 'soon' });
    await store.set('corrupt-2', 'not an entry');
    expect(await journal.list()).toEqual([good]);
  });

  it('replaceAll leaves exactly the given entries', async () => {
    const journal = openJournal(freshStore());
    await journal.add(session('routine', 1_800_000_000_000));
    const restored = [
      entry({ id: 'b', startedAt: 2, endedAt: 3 }),
      entry({ id: 'a', startedAt: 1, endedAt: 2 }),
    ];
    await journal.replaceAll(restored as JournalEntry[]);
    expect((await journal.list()).map((item) => item.id)).toEqual(['a', 'b']);
    await journal.replaceAll([]);
    expect(await journal.list()).toEqual([]);
  });
});
