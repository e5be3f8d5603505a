import { describe, it, expect } from 'vitest';
import { openResumeSlot } from '../../../src/lib/storage/resume-slot';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { parseSessionClock, type SessionClock } from '../../../src/lib/time/session-clock';
import { freshName, freshStore } from '../../support/stores';

const running: SessionClock = {
  startedAt: 1_800_000_000_000,
  pausedAt: null,
  pausedMs: 0,
  shiftMs: 0,
};

describe('openResumeSlot', () => {
  it('has nothing before anything is saved', async () => {
    expect(
      await openResumeSlot(freshStore(), 'breathing', parseSessionClock).load(),
    ).toBeUndefined();
  });

  it('gives back a saved session after a reload', async () => {
    const name = freshName('sessions');
    await openResumeSlot(openKeyValueStore(name), 'breathing', parseSessionClock).save(running);
    const afterReload = openResumeSlot(openKeyValueStore(name), 'breathing', parseSessionClock);
    expect(await afterReload.load()).toEqual(running);
  });

  it('keeps each key to itself', async () => {
    const store = freshStore();
    await openResumeSlot(store, 'breathing', parseSessionClock).save(running);
    expect(await openResumeSlot(store, 'stretches', parseSessionClock).load()).toBeUndefined();
  });

  it('is empty again once cleared', async () => {
    const slot = openResumeSlot(freshStore(), 'routine', parseSessionClock);
    await slot.save(running);
    await slot.clear();
    expect(await slot.load()).toBeUndefined();
  });

  it('treats invalid saved data as no session and removes it', async () => {
    const store = freshStore();
    await store.set('breathing', { startedAt: 'yesterday' });
    const slot = openResumeSlot(store, 'breathing', parseSessionClock);
    expect(await slot.load()).toBeUndefined();
    expect(await store.get('breathing')).toBeUndefined();
  });
});
