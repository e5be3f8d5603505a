import { settingsPart } from '../../../src/lib/settings/settings-access';
import { settingsSpec } from '../../../src/app/settings-schema';
import { describe, expect, it, vi } from 'vitest';
import { createCrampTimer } from '../../../src/features/stretches/cramp-model';
import { createStretchesModel } from '../../../src/features/stretches/stretches-model';
import { parseRunningStretch } from '../../../src/features/stretches/running-stretch';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import { createCuePlayer } from '../../../src/lib/cues/cue-player';
import { tones } from '../../../src/lib/cues/tones';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { openResumeSlot } from '../../../src/lib/storage/resume-slot';

let counter = 0;

function makeSlot() {
  counter += 1;
  return openResumeSlot(
    openKeyValueStore(`stretch-sessions-${counter}`),
    'stretches',
    parseRunningStretch,
  );
}

/** A stretches model on a hand-moved clock, fake devices and fresh stores. */
function setup(shared?: { slot: ReturnType<typeof makeSlot>; clock: { now: () => number } }) {
  counter += 1;
  const settings = createSettingsModel(
    settingsSpec,
    {
      settings: openKeyValueStore(`stretch-settings-${counter}`),
      journal: openKeyValueStore(`stretch-journal-${counter}`),
    },
    { channel: null },
  );
  let now = 1_700_000_000_000;
  const clock = shared?.clock ?? { now: () => now };
  const slot = shared?.slot ?? makeSlot();
  const alarm = { current: null as null | (() => void) };
  const tones = {
    unlock: vi.fn(),
    ready: () => true,
    play: vi.fn(() => ({ endsAt: 0, stop: vi.fn() })),
    close: vi.fn(),
  };
  const speaker = { available: () => true, onChange: () => () => {}, say: vi.fn(), hush: vi.fn() };
  const vibrate = vi.fn();
  const cues = createCuePlayer(() => settings.settings.value.cues, { tones, speaker, vibrate });
  const releaseBusy = vi.fn();
  const busy = vi.fn(() => releaseBusy);
  const awake = vi.fn(() => () => {});
  const setAlarm = (callback: () => void) => {
    alarm.current = callback;
    return () => {
      if (alarm.current === callback) alarm.current = null;
    };
  };
  const model = createStretchesModel({
    settings: settingsPart(settings),
    clock,
    slot,
    cues,
    busy,
    awake,
    setAlarm,
  });
  /** Moves the clock in 1 s steps, waking the runner each time, as the page would. */
  const advance = (ms: number) => {
    for (let left = ms; left > 0; left -= Math.min(1000, left)) {
      now += Math.min(1000, left);
      alarm.current?.();
    }
  };
  const shown = () => {
    const segment = model.segment.value;
    return segment && `${segment.kind}:${segment.step}:${segment.side}`;
  };
  return { model, settings, slot, clock, advance, shown, tones, speaker, busy, releaseBusy };
}

describe('stretches model', () => {
  it('runs the default sequence in order, with its cues, to the end', async () => {
    const { model, settings, advance, shown, speaker, tones: player, releaseBusy } = setup();
    await settings.ready;
    await model.restored;
    settings.update('cues.voice', true);
    model.start();
    expect(model.status.value).toBe('running');
    expect(shown()).toBe('ready:wall-calf:left');
    expect(model.announcement.value.text).toBe('Get into position: Wall calf stretch, Left leg.');
    expect(model.totalSecondsLeft.value).toBe(355);
    advance(5000);
    expect(shown()).toBe('hold:wall-calf:left');
    expect(speaker.say).toHaveBeenLastCalledWith('Hold');
    expect(model.announcement.value.text).toBe('Wall calf stretch, Left leg: hold for 30 seconds.');
    advance(25_000);
    expect(speaker.say).toHaveBeenLastCalledWith('Five seconds');
    expect(player.play).toHaveBeenCalledWith(tones.soon, expect.any(Number), 0.6);
    advance(5000);
    expect(shown()).toBe('switch:wall-calf:right');
    expect(speaker.say).toHaveBeenLastCalledWith('Switch legs');
    expect(model.announcement.value.text).toBe('Switch legs.');
    advance(5000);
    expect(shown()).toBe('hold:wall-calf:right');
    advance(30_000);
    expect(shown()).toBe('rest:bent-knee:left');
    expect(model.announcement.value.text).toBe('Rest. Next: Bent-knee wall stretch, Left leg.');
    advance(355_000 - 70_000);
    expect(model.status.value).toBe('done');
    expect(model.summary.value).toMatchObject({ completed: true, done: expect.any(Array) });
    expect(model.summary.value?.done).toHaveLength(5);
    expect(releaseBusy).toHaveBeenCalled();
    await vi.waitFor(async () => expect(await settings.journal.list()).toHaveLength(1));
    expect((await settings.journal.list())[0]).toMatchObject({
      kind: 'stretches',
      endedAt: 1_700_000_000_000 + 355_000,
      details: {
        steps: ['wall-calf', 'bent-knee', 'towel', 'ankle-circles', 'toes'],
        rounds: 1,
        completed: true,
      },
    });
  });

  it('skip and back move to hold starts; a skipped stretch is not counted as done', async () => {
    const { model, advance, shown, settings } = setup();
    await model.restored;
    model.start();
    model.skip();
    expect(shown()).toBe('hold:wall-calf:left');
    expect(model.elapsedMs()).toBe(5000);
    advance(10_000);
    model.back();
    expect(model.elapsedMs()).toBe(5000);
    model.skip();
    expect(shown()).toBe('hold:wall-calf:right');
    advance(30_000);
    expect(shown()).toBe('rest:bent-knee:left');
    model.back();
    expect(shown()).toBe('hold:wall-calf:right');
    advance(30_000);
    model.skip();
    model.skip();
    model.skip();
    model.skip();
    model.skip();
    model.skip();
    model.skip();
    expect(shown()).toBe('hold:toes:both');
    model.skip();
    expect(model.status.value).toBe('done');
    // Only the right side of the wall stretch ran to its end: nothing fully done.
    expect(model.summary.value?.done).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await settings.journal.list()).toHaveLength(1);
  });

  it('pause and resume: the hold waits', async () => {
    const { model, advance, shown } = setup();
    await model.restored;
    model.start();
    advance(12_000);
    model.pause();
    advance(120_000);
    expect(model.elapsedMs()).toBe(12_000);
    expect(model.secondsLeft.value).toBe(23);
    model.resume();
    advance(23_000);
    expect(shown()).toBe('switch:wall-calf:right');
  });

  it('a reload resumes the sequence where the clock says, holds done and all', async () => {
    const first = setup();
    await first.model.restored;
    first.model.start();
    first.advance(40_000);
    first.model.dispose();
    first.advance(45_000);
    const second = setup({ slot: first.slot, clock: first.clock });
    await second.model.restored;
    expect(second.model.status.value).toBe('running');
    expect(second.model.elapsedMs()).toBe(85_000);
    expect(second.shown()).toBe('hold:bent-knee:left');
    // The wall stretch's right side ended while the page was away: it counts.
    second.model.stop();
    expect(second.model.summary.value?.done).toEqual(['wall-calf']);
  });

  it('the choice follows the settings; nothing included, nothing starts', async () => {
    const { model, settings } = setup();
    await settings.ready;
    await model.restored;
    for (const id of ['wall-calf', 'bent-knee', 'towel', 'ankle-circles', 'toes'] as const)
      settings.update(`stretches.steps.${id}.included`, false);
    expect(model.choice.value).toBeNull();
    model.start();
    expect(model.status.value).toBe('setup');
  });
});

describe('cramp timer', () => {
  it('counts 30 s down from the clock and ends with a chime', async () => {
    let now = 0;
    let wake: (() => void) | null = null;
    const play = vi.fn(() => ({ endsAt: 0, stop: vi.fn() }));
    const settings = createSettingsModel(
      settingsSpec,
      {
        settings: openKeyValueStore('cramp-settings'),
        journal: openKeyValueStore('cramp-journal'),
      },
      { channel: null },
    );
    const cues = createCuePlayer(() => settings.settings.value.cues, {
      tones: { unlock: vi.fn(), ready: () => false, play, close: vi.fn() },
      speaker: { available: () => false, onChange: () => () => {}, say: vi.fn(), hush: vi.fn() },
      vibrate: vi.fn(),
    });
    const releaseBusy = vi.fn();
    const timer = createCrampTimer({
      settings: settingsPart(settings),
      cues,
      clock: { now: () => now },
      busy: () => releaseBusy,
      awake: () => () => {},
      setAlarm: (callback) => {
        wake = callback;
        return () => {};
      },
    });
    timer.start();
    expect(timer.status.value).toBe('running');
    expect(timer.secondsLeft.value).toBe(30);
    now = 4200;
    wake!();
    expect(timer.secondsLeft.value).toBe(26);
    now = 30_000;
    wake!();
    expect(timer.status.value).toBe('done');
    expect(play).toHaveBeenCalledWith(tones.chime, 0, 0.6);
    expect(releaseBusy).toHaveBeenCalled();
    timer.reset();
    expect(timer.status.value).toBe('idle');
    expect(timer.secondsLeft.value).toBe(30);
  });
});
