import { describe, expect, it } from 'vitest';
import {
  chosenSession,
  journalEntry,
  parseRunningBreath,
  type RunningBreath,
} from '../../../src/features/breathing/running-breath';
import { guideKeyframes } from '../../../src/features/breathing/guide-keyframes';
import { settingsShape } from '../../../src/app/settings-schema';
import { defaults } from '../../../src/lib/storage/schema';

const breathingDefaults = () => defaults(settingsShape).breathing;

const saved: RunningBreath = {
  patternId: '4-7-8',
  pattern: { inhale: 4, holdIn: 7, exhale: 8, holdOut: 0, cycles: 4 },
  minutes: null,
  session: { startedAt: 1_700_000_000_000, pausedAt: null, pausedMs: 0, shiftMs: 0 },
};

describe('the chosen session', () => {
  it('defaults to four breaths of 4-7-8 (CONTENT.md: the usual dose)', () => {
    expect(chosenSession(breathingDefaults())).toEqual({
      patternId: '4-7-8',
      pattern: { inhale: 4, holdIn: 7, exhale: 8, holdOut: 0, cycles: 4 },
      minutes: null,
    });
  });

  it('resonant by minutes: whole 11 s breaths filling 5 minutes', () => {
    const settings = breathingDefaults();
    settings.pattern = 'resonant';
    expect(chosenSession(settings)).toMatchObject({ minutes: 5, pattern: { cycles: 28 } });
  });

  it('long exhale breathes out for the 6, 7 or 8 seconds chosen', () => {
    const settings = breathingDefaults();
    settings.pattern = 'long-exhale';
    expect(chosenSession(settings)?.pattern).toMatchObject({ inhale: 4, exhale: 7 });
    settings.longExhale = 8;
    expect(chosenSession(settings)?.pattern).toMatchObject({ inhale: 4, holdIn: 0, exhale: 8 });
    settings.longExhale = 6;
    expect(chosenSession(settings)?.pattern).toMatchObject({ exhale: 6 });
  });

  it('custom with every phase at 0 cannot start', () => {
    const settings = breathingDefaults();
    settings.pattern = 'custom';
    settings.custom = { inhale: 0, holdIn: 0, exhale: 0, holdOut: 0 };
    expect(chosenSession(settings)).toBeNull();
  });
});

describe('the saved session', () => {
  it('reads back what was saved', () => {
    expect(parseRunningBreath(structuredClone(saved))).toEqual(saved);
  });

  it.each([
    ['not an object', 'hello'],
    ['an unknown pattern', { ...saved, patternId: 'square' }],
    ['a phase too long', { ...saved, pattern: { ...saved.pattern, exhale: 99 } }],
    ['a negative phase', { ...saved, pattern: { ...saved.pattern, inhale: -1 } }],
    ['no breaths', { ...saved, pattern: { ...saved.pattern, cycles: 0 } }],
    ['a fractional breath count', { ...saved, pattern: { ...saved.pattern, cycles: 2.5 } }],
    [
      'a breath of 0 s',
      { ...saved, pattern: { inhale: 0, holdIn: 0, exhale: 0, holdOut: 0, cycles: 1 } },
    ],
    ['broken timing', { ...saved, session: { startedAt: 'yesterday' } }],
    ['bad minutes', { ...saved, minutes: 'ten' }],
  ])('rejects %s', (_label, raw) => {
    expect(parseRunningBreath(raw)).toBeUndefined();
  });
});

describe('the journal entry', () => {
  it('records date, pattern, timing, minutes and breaths', () => {
    const entry = journalEntry(saved, 76_000, saved.session.startedAt + 76_000, true);
    expect(entry).toEqual({
      kind: 'breathing',
      startedAt: saved.session.startedAt,
      endedAt: saved.session.startedAt + 76_000,
      details: { pattern: '4-7-8', timing: '4-7-8-0', minutes: 1.3, breaths: 4, completed: true },
    });
  });
});

describe('guide keyframes', () => {
  it('the circle grows on the in-breath, rests on the hold, shrinks on the out-breath', () => {
    const frames = guideKeyframes({ inhale: 4, holdIn: 7, exhale: 8, holdOut: 0 }, 'orb');
    expect(frames.map((frame) => [frame.offset, frame.transform])).toEqual([
      [0, 'scale(0.5)'],
      [4 / 19, 'scale(1)'],
      [4 / 19, 'scale(1)'],
      [11 / 19, 'scale(1)'],
      [11 / 19, 'scale(1)'],
      [1, 'scale(0.5)'],
    ]);
    // Only compositor properties: nothing that needs layout or paint.
    const properties = new Set(frames.flatMap((frame) => Object.keys(frame)));
    expect([...properties].sort()).toEqual(['easing', 'offset', 'opacity', 'transform']);
  });

  it('the bar fills from empty during each phase, and skips phases of 0 s', () => {
    const frames = guideKeyframes({ inhale: 5, holdIn: 0, exhale: 5, holdOut: 0 }, 'bar');
    expect(frames.map((frame) => [frame.offset, frame.transform])).toEqual([
      [0, 'scaleX(0)'],
      [0.5, 'scaleX(1)'],
      [0.5, 'scaleX(0)'],
      [1, 'scaleX(1)'],
    ]);
  });
});
