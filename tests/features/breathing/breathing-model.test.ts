import { describe, expect, it, vi } from 'vitest';
import { setup } from './fakes';

describe('breathing model', () => {
  it('starts the remembered pattern, holds the screen awake and the app busy', async () => {
    const { model, settings, advance, awake, busy, tones, played } = setup();
    await model.restored;
    await settings.ready;
    expect(model.status.value).toBe('setup');
    model.start();
    expect(tones.unlock).toHaveBeenCalled();
    expect(model.status.value).toBe('running');
    expect(awake).toHaveBeenCalledTimes(1);
    expect(busy).toHaveBeenCalledWith('breathing');
    expect(model.announcement.value.text).toBe('Inhale');
    expect(model.secondsLeft.value).toBe(4);
    expect(model.cycle.value).toBe(1);
    expect(model.remainingSeconds.value).toBe(76);
    advance(3999);
    expect(model.phase.value).toBe('inhale');
    expect(model.secondsLeft.value).toBe(1);
    advance(1);
    expect(model.announcement.value.text).toBe('Hold');
    expect(model.secondsLeft.value).toBe(7);
    advance(7000);
    expect(model.announcement.value.text).toBe('Exhale');
    // Each tone is scheduled ahead when its phase is next, never played twice.
    expect(played).toHaveLength(new Set(played).size + 1); // rise, steady, fall, then rise again
  });

  it('says the words and vibrates when those cues are on', async () => {
    const { model, settings, advance, speaker, vibrate } = setup();
    await settings.ready;
    await model.restored;
    settings.update('cues.voice', true);
    model.start();
    expect(speaker.say).toHaveBeenLastCalledWith('in');
    expect(vibrate).toHaveBeenLastCalledWith(60);
    advance(4000);
    expect(speaker.say).toHaveBeenLastCalledWith('hold');
    settings.update('cues.vibrate', false);
    advance(7000);
    expect(speaker.say).toHaveBeenLastCalledWith('out');
    expect(vibrate).toHaveBeenCalledTimes(2);
  });

  it('pause and resume: the clock stops while paused, and the screen may sleep', async () => {
    const { model, advance, awake, releaseAwake, releaseBusy } = setup();
    await model.restored;
    model.start();
    advance(2500);
    model.pause();
    expect(model.status.value).toBe('paused');
    expect(releaseAwake).toHaveBeenCalledTimes(1);
    expect(releaseBusy).not.toHaveBeenCalled();
    advance(600_000);
    expect(model.elapsedMs()).toBe(2500);
    model.resume();
    expect(awake).toHaveBeenCalledTimes(2);
    expect(model.phase.value).toBe('inhale');
    expect(model.secondsLeft.value).toBe(2);
    advance(1500);
    expect(model.phase.value).toBe('holdIn');
    expect(model.elapsedMs()).toBe(4000);
  });

  it('the device clock set an hour forward or back mid-session: the session keeps its time', async () => {
    const { model, advance, setClock, settings } = setup();
    await model.restored;
    model.start();
    advance(5000);
    setClock(3_600_000);
    advance(1000);
    expect(model.status.value).toBe('running');
    expect(model.phase.value).toBe('holdIn');
    expect(model.secondsLeft.value).toBe(5);
    expect(model.remainingSeconds.value).toBe(70);
    setClock(-2 * 3_600_000);
    advance(6000);
    expect(model.announcement.value.text).toBe('Exhale');
    expect(model.remainingSeconds.value).toBe(64);
    model.pause();
    setClock(3_600_000);
    advance(10_000);
    model.resume();
    expect(model.remainingSeconds.value).toBe(64);
    for (let elapsed = 0; elapsed < 64_000; elapsed += 1000) advance(1000);
    expect(model.status.value).toBe('done');
    expect(model.summary.value).toMatchObject({ completed: true, breaths: 4, seconds: 76 });
    await expect.poll(() => settings.journal.list()).toHaveLength(1);
  });

  it('a finished session is recorded and the slot cleared', async () => {
    const { model, settings, advance, releaseBusy, releaseAwake, slot, clock } = setup();
    await model.restored;
    const startedAt = clock.now();
    model.start();
    for (let elapsed = 0; elapsed < 76_000; elapsed += 1000) advance(1000);
    expect(model.status.value).toBe('done');
    expect(model.summary.value).toMatchObject({ breaths: 4, seconds: 76, completed: true });
    expect(releaseBusy).toHaveBeenCalledTimes(1);
    expect(releaseAwake).toHaveBeenCalled();
    await vi.waitFor(async () => expect(await settings.journal.list()).toHaveLength(1));
    const [entry] = await settings.journal.list();
    expect(entry).toMatchObject({
      kind: 'breathing',
      startedAt,
      endedAt: startedAt + 76_000,
      details: { pattern: '4-7-8', minutes: 1.3, breaths: 4, completed: true, timing: '4-7-8-0' },
    });
    await vi.waitFor(async () => expect(await slot.load()).toBeUndefined());
    model.again();
    expect(model.status.value).toBe('setup');
  });

  it('a stop after a full breath is recorded as stopped; one before is not recorded', async () => {
    const early = setup();
    await early.model.restored;
    early.model.start();
    early.advance(10_000);
    early.model.stop();
    expect(early.model.status.value).toBe('done');
    expect(early.model.summary.value).toMatchObject({ completed: false, seconds: 10 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await early.settings.journal.list()).toEqual([]);

    const later = setup();
    await later.model.restored;
    later.model.start();
    later.advance(40_000);
    later.model.stop();
    await vi.waitFor(async () => expect(await later.settings.journal.list()).toHaveLength(1));
    expect((await later.settings.journal.list())[0].details).toMatchObject({
      completed: false,
      breaths: 2,
    });
  });

  it('uses the custom breath and length in minutes', async () => {
    const { model, settings } = setup();
    await settings.ready;
    await model.restored;
    settings.update('breathing.pattern', 'custom');
    settings.update('breathing.custom.inhale', 5);
    settings.update('breathing.custom.holdIn', 0);
    settings.update('breathing.custom.exhale', 5);
    settings.update('breathing.lengths.custom.unit', 'minutes');
    settings.update('breathing.lengths.custom.minutes', 2);
    expect(model.choice.value?.pattern).toMatchObject({ inhale: 5, exhale: 5, cycles: 12 });
    settings.update('breathing.custom.inhale', 0);
    settings.update('breathing.custom.exhale', 0);
    expect(model.choice.value).toBeNull();
    model.start();
    expect(model.status.value).toBe('setup');
  });

  it('the still guide follows the system, the app motion setting and its own setting', async () => {
    const { model, settings, reducedMotion } = setup();
    await settings.ready;
    expect(model.still.value).toBe(false);
    settings.update('breathing.still', true);
    expect(model.still.value).toBe(true);
    settings.update('breathing.still', false);
    settings.update('appearance.motion', 'reduce');
    expect(model.still.value).toBe(true);
    settings.update('appearance.motion', 'system');
    expect(model.still.value).toBe(false);
    reducedMotion.value = true;
    expect(model.still.value).toBe(true);
  });
});
