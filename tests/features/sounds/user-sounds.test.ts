import { describe, expect, it, vi } from 'vitest';
import {
  audioTypeOf,
  displayName,
  MAX_SOUND_BYTES,
  openUserSounds,
} from '../../../src/features/sounds/user-sounds';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { decodedOf, fileOf, freshName, manualClock } from './helpers';

function open(decode = vi.fn(async () => decodedOf(3))) {
  const name = freshName('user-sounds');
  const opened: string[] = [];
  const sounds = openUserSounds(
    decode,
    (dbName) => {
      opened.push(dbName);
      return openKeyValueStore(name);
    },
    manualClock(),
  );
  return { sounds, decode, opened, name };
}

describe("a person's own sounds", () => {
  it('keeps a decodable file with its type and bytes, and lists it', async () => {
    const { sounds, decode } = open();
    const result = await sounds.add(fileOf('Rain on the roof.mp3', 'audio/mpeg', 2048));
    expect(result).toMatchObject({
      ok: true,
      sound: { name: 'Rain on the roof', type: 'audio/mpeg', bytes: 2048, seconds: 3 },
    });
    expect(decode).toHaveBeenCalledOnce();
    const [listed] = await sounds.list();
    expect(listed.name).toBe('Rain on the roof');
    const data = await sounds.data(listed.id);
    expect(data).toBeInstanceOf(ArrayBuffer);
    expect(data?.byteLength).toBe(2048);
  });

  it('writes and reads the bytes through short-lived stores, so they do not stay in memory', async () => {
    const { sounds, opened } = open();
    await sounds.add(fileOf('a.wav', 'audio/wav'));
    expect(opened).toEqual(['lull-user-sounds', 'lull-user-sounds']);
    const [sound] = await sounds.list();
    await sounds.data(sound.id);
    expect(opened).toHaveLength(3);
  });

  it('refuses, with a reason, what it cannot keep, and keeps nothing of it', async () => {
    const { sounds } = open(vi.fn(async () => decodedOf(3)));
    const huge = fileOf('big.wav', 'audio/wav');
    Object.defineProperty(huge, 'size', { value: MAX_SOUND_BYTES + 1 });
    expect(await sounds.add(huge)).toEqual({ ok: false, problem: 'too-large' });
    expect(await sounds.add(fileOf('notes.txt', 'text/plain'))).toEqual({
      ok: false,
      problem: 'not-audio',
    });
    const broken = open(
      vi.fn(async () => Promise.reject(new DOMException('bad', 'EncodingError'))),
    );
    expect(await broken.sounds.add(fileOf('broken.wav', 'audio/wav'))).toEqual({
      ok: false,
      problem: 'undecodable',
    });
    const long = open(vi.fn(async () => decodedOf(11 * 60)));
    expect(await long.sounds.add(fileOf('long.mp3', 'audio/mpeg'))).toEqual({
      ok: false,
      problem: 'too-long',
    });
    for (const store of [sounds, broken.sounds, long.sounds])
      expect(await store.list()).toEqual([]);
  });

  it('deletes a sound and its bytes', async () => {
    const { sounds } = open();
    const added = await sounds.add(fileOf('a.ogg', 'audio/ogg'));
    if (!added.ok) throw new Error('not added');
    await sounds.remove(added.sound.id);
    expect(await sounds.list()).toEqual([]);
    expect(await sounds.data(added.sound.id)).toBeUndefined();
  });

  it('knows audio by its type, or by its name when the type is missing', () => {
    expect(audioTypeOf({ name: 'x.m4a', type: 'audio/x-m4a' })).toBe('audio/x-m4a');
    expect(audioTypeOf({ name: 'x.m4a', type: '' })).toBe('audio/mp4');
    expect(audioTypeOf({ name: 'x.aac', type: 'application/octet-stream' })).toBe('audio/aac');
    expect(audioTypeOf({ name: 'x.wav', type: 'image/png' })).toBeUndefined();
    expect(audioTypeOf({ name: 'x.flac', type: '' })).toBeUndefined();
    expect(displayName('Waves.at.night.wav')).toBe('Waves.at.night');
  });

  it('lists only valid entries of a damaged index', async () => {
    const name = freshName('user-sounds');
    const store = openKeyValueStore(name);
    await store.set('index', [
      { id: 'a', name: 'Fine', type: 'audio/wav', bytes: 1, seconds: 1, addedAt: 1 },
      { id: 7 },
      'junk',
    ]);
    const sounds = openUserSounds(vi.fn(), () => openKeyValueStore(name));
    expect((await sounds.list()).map((sound) => sound.name)).toEqual(['Fine']);
  });
});
