import { describe, it, expect } from 'vitest';
import {
  bool,
  clockTime,
  defaults,
  getPath,
  int,
  leafPaths,
  list,
  nullable,
  num,
  oneOf,
  readShape,
  record,
  setPath,
  text,
} from '../../../src/lib/storage/schema';

describe('field validators', () => {
  it('num keeps finite numbers in range and refuses the rest', () => {
    const volume = num(0.5, 0, 1);
    expect(volume.fallback).toBe(0.5);
    expect(volume.parse(0)).toBe(0);
    expect(volume.parse(1)).toBe(1);
    expect(volume.parse(0.37)).toBe(0.37);
    for (const bad of [-0.01, 1.01, NaN, Infinity, -Infinity, '0.5', null, undefined, {}, []])
      expect(volume.parse(bad)).toBeUndefined();
  });

  it('num with a step keeps values on the step, exactly, and refuses values between steps', () => {
    const minutes = num(10, 0, 60, 0.5);
    expect(minutes.parse(7.5)).toBe(7.5);
    expect(minutes.parse(7.3)).toBeUndefined();
    const tenths = num(0.5, 0, 1, 0.1);
    expect(tenths.parse(0.3)).toBe(0.3);
    expect(tenths.parse(0.7)).toBe(0.7);
    // Arithmetic noise (0.1 + 0.2) is snapped onto the step, not refused.
    expect(tenths.parse(0.1 + 0.2)).toBe(0.3);
    expect(tenths.parse(0.35)).toBeUndefined();
  });

  it('int keeps whole numbers in range only', () => {
    const breaths = int(4, 1, 10);
    expect(breaths.parse(1)).toBe(1);
    expect(breaths.parse(10)).toBe(10);
    for (const bad of [0, 11, 2.5, '3', true]) expect(breaths.parse(bad)).toBeUndefined();
    expect(int(0, 0, 8.64e15).parse(1_800_000_000_000)).toBe(1_800_000_000_000);
  });

  it('bool keeps only true and false', () => {
    const chime = bool(true);
    expect(chime.parse(false)).toBe(false);
    expect(chime.parse(true)).toBe(true);
    for (const bad of [0, 1, 'true', null]) expect(chime.parse(bad)).toBeUndefined();
  });

  it('oneOf keeps only the listed strings', () => {
    const theme = oneOf('dark', ['dark', 'night', 'system'] as const);
    expect(theme.parse('night')).toBe('night');
    for (const bad of ['Night', 'purple', '', 1, null]) expect(theme.parse(bad)).toBeUndefined();
  });

  it('text keeps strings up to the length limit', () => {
    const note = text('', 5);
    expect(note.parse('')).toBe('');
    expect(note.parse('abcde')).toBe('abcde');
    expect(note.parse('<b>x</b>')).toBeUndefined();
    expect(note.parse('abcdef')).toBeUndefined();
    expect(note.parse(12345)).toBeUndefined();
  });

  it('clockTime keeps 24-hour HH:MM only', () => {
    const bedtime = clockTime('22:30');
    for (const good of ['00:00', '09:05', '19:59', '23:59']) expect(bedtime.parse(good)).toBe(good);
    for (const bad of ['24:00', '9:05', '12:60', '12:5', '12:05:00', ' 12:05', 1230, null])
      expect(bedtime.parse(bad)).toBeUndefined();
  });

  it('list drops invalid items, keeps the valid ones, and stops at maxItems', () => {
    const days = list([1, 2], int(0, 0, 6), 3);
    expect(days.parse([0, 'x', 6, 9])).toEqual([0, 6]);
    expect(days.parse([])).toEqual([]);
    expect(days.parse([1, 2, 3, 4, 5])).toEqual([1, 2, 3]);
    // Invalid items do not take the places of valid ones.
    expect(days.parse(['x', null, 1, 2, 3])).toEqual([1, 2, 3]);
    for (const bad of ['1,2', { 0: 1 }, null]) expect(days.parse(bad)).toBeUndefined();
  });

  it('record checks its fields as a unit and fills missing ones with defaults', () => {
    const step = record({ name: text('Rest', 20), seconds: int(30, 5, 300) });
    expect(step.fallback).toEqual({ name: 'Rest', seconds: 30 });
    expect(step.parse({ name: 'Neck roll', seconds: 45 })).toEqual({
      name: 'Neck roll',
      seconds: 45,
    });
    expect(step.parse({ name: 'Neck roll' })).toEqual({ name: 'Neck roll', seconds: 30 });
    expect(step.parse({ name: 'Neck roll', seconds: 1 })).toBeUndefined();
    for (const bad of [null, [], 'step']) expect(step.parse(bad)).toBeUndefined();
  });

  it('nullable accepts null or a valid inner value', () => {
    const alarm = nullable(clockTime('07:00'));
    expect(alarm.fallback).toBeNull();
    expect(alarm.parse(null)).toBeNull();
    expect(alarm.parse('06:45')).toBe('06:45');
    expect(alarm.parse('6.45')).toBeUndefined();
    expect(alarm.parse(undefined)).toBeUndefined();
    expect(nullable(int(1, 0, 9), 3).fallback).toBe(3);
  });
});

const shape = {
  appearance: {
    theme: oneOf('dark', ['dark', 'night'] as const),
    motion: oneOf('system', ['system', 'reduce'] as const),
  },
  sound: { volume: num(0.5, 0, 1), mix: { rain: bool(false), layers: list([], text('', 9), 4) } },
};

describe('readShape', () => {
  it('keeps valid values and defaults missing ones without listing them', () => {
    const { value, invalid } = readShape(shape, {
      appearance: { theme: 'night' },
      sound: { mix: { rain: true } },
    });
    expect(value).toEqual({
      appearance: { theme: 'night', motion: 'system' },
      sound: { volume: 0.5, mix: { rain: true, layers: [] } },
    });
    expect(invalid).toEqual([]);
  });

  it('replaces invalid values by defaults and lists them by dotted path', () => {
    const { value, invalid } = readShape(shape, {
      appearance: { theme: 'purple', motion: 'reduce' },
      sound: { volume: 3, mix: { rain: 'yes', layers: ['surf'] } },
    });
    expect(value.appearance).toEqual({ theme: 'dark', motion: 'reduce' });
    expect(value.sound).toEqual({ volume: 0.5, mix: { rain: false, layers: ['surf'] } });
    expect(invalid).toEqual(['appearance.theme', 'sound.volume', 'sound.mix.rain']);
  });

  it('lists a section stored as a non-object and defaults everything in it', () => {
    const { value, invalid } = readShape(shape, { appearance: 'night', sound: { mix: [] } });
    expect(value.appearance).toEqual({ theme: 'dark', motion: 'system' });
    expect(value.sound.mix).toEqual({ rain: false, layers: [] });
    expect(invalid).toEqual(['appearance', 'sound.mix']);
  });

  it('reads a non-object document as all defaults', () => {
    for (const raw of [undefined, null, 'settings', 42, []])
      expect(readShape(shape, raw).value).toEqual(defaults(shape));
  });

  it('leaves unknown stored fields out of the value', () => {
    const { value } = readShape(shape, { appearance: { theme: 'night', glow: 1 }, extra: true });
    expect(value).not.toHaveProperty('extra');
    expect(value.appearance).not.toHaveProperty('glow');
  });
});

describe('paths and defaults', () => {
  it('leafPaths lists every leaf by dotted path', () => {
    expect(leafPaths(shape)).toEqual([
      'appearance.theme',
      'appearance.motion',
      'sound.volume',
      'sound.mix.rain',
      'sound.mix.layers',
    ]);
  });

  it('getPath reads nested values and gives undefined for missing ones', () => {
    const data = { a: { b: { c: 3 } }, list: [1] };
    expect(getPath(data, 'a.b.c')).toBe(3);
    expect(getPath(data, 'a.b')).toEqual({ c: 3 });
    expect(getPath(data, 'a.x.c')).toBeUndefined();
    expect(getPath(data, 'list.0')).toBeUndefined();
    expect(getPath(null, 'a')).toBeUndefined();
  });

  it('setPath writes nested values, creating or replacing objects on the way', () => {
    const data: Record<string, unknown> = { a: { keep: 1 }, b: 'text' };
    setPath(data, 'a.b.c', 3);
    setPath(data, 'b.d', 4);
    setPath(data, 'top', true);
    expect(data).toEqual({ a: { keep: 1, b: { c: 3 } }, b: { d: 4 }, top: true });
  });

  it('defaults gives fresh objects each time', () => {
    const withList = { days: list([1, 2], int(0, 0, 6), 7), nested: { on: bool(true) } };
    const first = defaults(withList);
    first.days.push(3);
    first.nested.on = false;
    expect(defaults(withList)).toEqual({ days: [1, 2], nested: { on: true } });
    const read = readShape(withList, {}).value;
    read.days.push(4);
    expect(withList.days.fallback).toEqual([1, 2]);
  });
});
