import { describe, it, expect } from 'vitest';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { openDiaryStore, splitReadable } from '../../../src/lib/diary/diary-store';
import { aNight } from './nights';
import { freshName, freshStore } from '../../support/stores';

describe('the diary store', () => {
  it('keeps each night under its date and reads them back in order', async () => {
    const diary = openDiaryStore(freshStore('diary'));
    await diary.save(aNight({ night: '2027-01-16' }));
    await diary.save(aNight({ night: '2027-01-15' }));
    expect(await diary.all()).toEqual([
      aNight({ night: '2027-01-15' }),
      aNight({ night: '2027-01-16' }),
    ]);
    expect(await diary.get('2027-01-16')).toEqual(aNight({ night: '2027-01-16' }));
    expect(await diary.get('2027-01-17')).toBeUndefined();
    await diary.remove('2027-01-16');
    expect(await diary.all()).toHaveLength(1);
  });

  it('reports a damaged night as unreadable, with its key, beside the others', async () => {
    const store = freshStore('diary');
    const diary = openDiaryStore(store);
    await diary.save(aNight({ night: '2027-01-14' }));
    await store.set('2027-01-15', { garbage: true });
    await store.set('not a date', aNight());
    const all = await diary.all();
    expect(all).toEqual([
      aNight({ night: '2027-01-14' }),
      { unreadable: true, key: '2027-01-15' },
      { unreadable: true, key: 'not a date' },
    ]);
    expect(splitReadable(all)).toEqual({
      readable: [aNight({ night: '2027-01-14' })],
      unreadable: ['2027-01-15', 'not a date'],
    });
    expect(await diary.get('2027-01-15')).toEqual({ unreadable: true, key: '2027-01-15' });
  });

  it('builds on what another tab saved when two edit one night at once', async () => {
    const name = freshName('diary');
    const [tabA, tabB] = [
      openDiaryStore(openKeyValueStore(name)),
      openDiaryStore(openKeyValueStore(name)),
    ];
    await tabA.save(aNight({ jerks: null, cramp: null }));
    await Promise.all([
      tabA.edit('2027-01-15', (old) => ({ ...(old ?? aNight()), jerks: 'many' })),
      tabB.edit('2027-01-15', (old) => ({ ...(old ?? aNight()), cramp: 'one', crampLeg: 'left' })),
    ]);
    expect(await tabA.get('2027-01-15')).toMatchObject({ jerks: 'many', cramp: 'one' });
  });

  it('starts an edit afresh over a damaged night, and never files a night under another date', async () => {
    const store = freshStore('diary');
    const diary = openDiaryStore(store);
    await store.set('2027-01-15', 'garbage');
    let seen: unknown = 'not called';
    const edit = (night: string) =>
      diary.edit('2027-01-15', (old) => {
        seen = old;
        return aNight({ night });
      });
    expect(await edit('2027-01-20')).toBe(false);
    expect(seen).toBeUndefined();
    expect(await diary.get('2027-01-15')).toEqual({ unreadable: true, key: '2027-01-15' });
    expect(await edit('2027-01-15')).toBe(true);
    expect(await diary.get('2027-01-15')).toEqual(aNight());
    expect(store.mode()).toBe('indexeddb');
    // Refused on a night never logged: it stays not logged.
    expect(await diary.edit('2027-01-10', () => aNight())).toBe(false);
    expect(await diary.get('2027-01-10')).toBeUndefined();
    expect(await diary.all()).toEqual([aNight()]);
  });

  it('lists the dates, and reads only the nights asked for', async () => {
    const store = freshStore('diary');
    const diary = openDiaryStore(store);
    await diary.save(aNight({ night: '2027-01-16' }));
    await diary.save(aNight({ night: '2027-01-14' }));
    await store.set('2027-01-15', 'garbage');
    expect(await diary.dates()).toEqual(['2027-01-14', '2027-01-15', '2027-01-16']);
    expect(await diary.some(['2027-01-15', '2027-01-16', '2027-01-17'])).toEqual([
      { unreadable: true, key: '2027-01-15' },
      aNight({ night: '2027-01-16' }),
    ]);
  });

  it('replaces the whole diary on import', async () => {
    const diary = openDiaryStore(freshStore('diary'));
    await diary.save(aNight({ night: '2027-01-01' }));
    await diary.replaceAll([aNight()]);
    expect(await diary.all()).toEqual([aNight()]);
  });
});
