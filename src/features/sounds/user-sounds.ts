import { openKeyValueStore, type KeyValueStore } from '../../lib/storage/kv';
import { int, isPlainObject, record, text } from '../../lib/storage/schema';
import type { Clock } from '../../lib/time/clock';
import { systemClock } from '../../lib/time/clock';

/** The database of the person's own sounds: apart from settings, and never in a backup. */
export const USER_SOUNDS_DB = 'lull-user-sounds';
/** The largest file Lull keeps. */
export const MAX_SOUND_BYTES = 30 * 1024 * 1024;
/**
 * The longest sound Lull loops. Decoded audio takes about 23 MB a minute (stereo, 48 kHz,
 * 32-bit float), so ten minutes is as much as a phone should hold for one layer.
 */
export const MAX_SOUND_SECONDS = 10 * 60;

/** One of the person's sounds, as listed (its bytes are kept under their own key). */
const soundShape = {
  id: text('', 40),
  name: text('', 120),
  type: text('', 60),
  bytes: int(0, 0, MAX_SOUND_BYTES),
  seconds: int(0, 0, MAX_SOUND_SECONDS),
  addedAt: int(0, 0, 8.64e15),
};
const soundFields = record(soundShape);

/** A sound of the person's own. */
export interface UserSound {
  id: string;
  name: string;
  type: string;
  bytes: number;
  seconds: number;
  addedAt: number;
}

/** Why a file was not added. Each has its own plain message. */
export type ImportProblem = 'too-large' | 'not-audio' | 'undecodable' | 'too-long' | 'no-space';

/** The outcome of adding a file. */
export type ImportResult = { ok: true; sound: UserSound } | { ok: false; problem: ImportProblem };

const AUDIO_TYPES: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  mp4: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  wave: 'audio/wav',
};
const ACCEPTED_TYPES = new Set([
  ...Object.values(AUDIO_TYPES),
  'audio/mp3',
  'audio/x-m4a',
  'audio/x-aac',
  'audio/aacp',
  'audio/x-wav',
  'audio/wave',
  'audio/vnd.wave',
  'video/ogg',
  'application/ogg',
]);

/** For the file picker: the types and extensions Lull takes. */
export const acceptAttribute = [
  ...new Set([...ACCEPTED_TYPES, ...Object.keys(AUDIO_TYPES).map((ext) => `.${ext}`)]),
].join(',');

/** The audio type of a file, from its own type or else its name; undefined if not audio. */
export function audioTypeOf(file: { name: string; type: string }): string | undefined {
  const type = file.type.toLowerCase().split(';')[0].trim();
  if (ACCEPTED_TYPES.has(type)) return type;
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  // Some systems label audio "application/octet-stream" or leave the type empty.
  if (!type || type === 'application/octet-stream') return AUDIO_TYPES[extension];
  return undefined;
}

/** The name shown for a file: without its extension. */
export function displayName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '').trim();
  return (base || fileName).slice(0, 120);
}

const INDEX_KEY = 'index';
const dataKey = (id: string) => `data:${id}`;

/**
 * The person's own sounds: each file's bytes (an ArrayBuffer, with its type: old iOS
 * failed on Blobs) under its own key, and a small index to list them without loading any.
 */
export function openUserSounds(
  decode: (data: ArrayBuffer) => Promise<AudioBuffer>,
  open: (dbName: string) => KeyValueStore = openKeyValueStore,
  clock: Clock = systemClock,
) {
  const store = open(USER_SOUNDS_DB);

  // The bytes go through short-lived stores: a store keeps a memory copy of the values it
  // writes and reads (so a failing disk loses nothing), and tens of megabytes of audio
  // should not stay in memory once written or decoded. If the disk cannot be used, the
  // long-lived store keeps them for this session instead.
  const writeData = async (id: string, value: { type: string; data: ArrayBuffer }) => {
    const writer = store.mode() === 'memory' ? store : open(USER_SOUNDS_DB);
    let refused = false;
    const stop = writer.onProblem((problem) => (refused ||= problem === 'quota'));
    await writer.set(dataKey(id), value);
    stop();
    if (refused) {
      await store.del(dataKey(id));
      return false;
    }
    if (writer !== store && writer.mode() === 'memory') await store.set(dataKey(id), value);
    return true;
  };

  const readIndex = async (): Promise<UserSound[]> => {
    const raw = await store.get<unknown>(INDEX_KEY);
    if (!Array.isArray(raw)) return [];
    return raw
      .map((entry) => (isPlainObject(entry) ? soundFields.parse(entry) : undefined))
      .filter((sound): sound is UserSound => sound !== undefined && sound.id !== '');
  };

  return {
    /** Where the sounds are kept now: on disk, or only in memory until Lull closes. */
    mode: () => store.mode(),
    list: readIndex,

    /** Checks, decodes and keeps a file. Nothing is kept unless every check passes. */
    async add(file: File): Promise<ImportResult> {
      if (file.size > MAX_SOUND_BYTES) return { ok: false, problem: 'too-large' };
      const type = audioTypeOf(file);
      if (!type) return { ok: false, problem: 'not-audio' };
      let data: ArrayBuffer;
      let decoded: AudioBuffer;
      try {
        data = await file.arrayBuffer();
        // decodeAudioData takes its input away: decode a copy, keep the original.
        decoded = await decode(data.slice(0));
      } catch {
        return { ok: false, problem: 'undecodable' };
      }
      if (decoded.length === 0 || decoded.duration < 0.2)
        return { ok: false, problem: 'undecodable' };
      if (decoded.duration > MAX_SOUND_SECONDS) return { ok: false, problem: 'too-long' };
      const sound: UserSound = {
        id: `${clock.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
        name: displayName(file.name),
        type,
        bytes: data.byteLength,
        seconds: Math.round(decoded.duration),
        addedAt: clock.now(),
      };
      if (!(await writeData(sound.id, { type, data }))) return { ok: false, problem: 'no-space' };
      await store.set(INDEX_KEY, [...(await readIndex()), sound]);
      return { ok: true, sound };
    },

    /** The bytes of a sound, or undefined if they are gone. */
    async data(id: string): Promise<ArrayBuffer | undefined> {
      // Read through a short-lived store too, so no memory copy outlives the read.
      const reader = store.mode() === 'memory' ? store : open(USER_SOUNDS_DB);
      const entry = await reader.get<unknown>(dataKey(id));
      if (!isPlainObject(entry) || !(entry.data instanceof ArrayBuffer)) return undefined;
      return entry.data;
    },

    /** Removes a sound: from the list first, so a failure never lists a sound with no data. */
    async remove(id: string): Promise<void> {
      await store.set(
        INDEX_KEY,
        (await readIndex()).filter((sound) => sound.id !== id),
      );
      await store.del(dataKey(id));
    },
  };
}

/** The user-sounds store's interface. */
export type UserSounds = ReturnType<typeof openUserSounds>;
