import { describe, expect, it } from 'vitest';
import { defaultRoutine, stepKey } from '../../../src/features/routine/routine-steps';
import { flush, setVisibility, setup, started } from './fakes';

const MIN = 60_000;
/** Default routine: screens 1 min, lights 1, drink 5, worries 2, stretches, socks 1, breathing. */
const keys = defaultRoutine.map(stepKey);

describe('the routine runner', () => {
  it('has nothing running at first, then starts at the first step', async () => {
    const { model, slot, busy, awake, forget, settings } = setup();
    await model.restored;
    await settings.ready;
    expect(model.status.value).toBe('setup');
    model.start();
    expect(model.status.value).toBe('running');
    expect(model.step.value).toEqual(defaultRoutine[0]);
    expect(busy).toHaveBeenCalledWith('routine');
    expect(awake).toHaveBeenCalledTimes(1);
    expect(forget).toHaveBeenCalled();
    expect(slot.peek()).toMatchObject({ index: 0, begun: false, outcomes: keys.map(() => 'todo') });
  });
  it('ticks off a habit, skips one and goes back, saving every step change', async () => {
    const { model, slot } = await started();
    model.done();
    expect(model.current.value?.index).toBe(1);
    expect(slot.peek()?.outcomes.slice(0, 2)).toEqual(['done', 'todo']);
    model.next();
    expect(slot.peek()?.index).toBe(2);
    expect(slot.peek()?.outcomes.slice(0, 3)).toEqual(['done', 'skipped', 'todo']);
    model.back();
    expect(slot.peek()?.index).toBe(1);
    // Back keeps what happened; ticking it off now makes it done.
    expect(slot.peek()?.outcomes[1]).toBe('skipped');
    model.done();
    expect(slot.peek()?.outcomes.slice(0, 2)).toEqual(['done', 'done']);
    model.back();
    model.next();
    // Passing a done step does not undo it.
    expect(slot.peek()?.outcomes[1]).toBe('done');
  });
  it('counts time left from the routine’s length, a habit’s estimate and the clock', async () => {
    const { model, advance, alarm } = await started();
    const total = model.totalMs.value;
    expect(model.leftMs.value).toBe(total);
    // The habit's minute changes in 1 min: that is when the routine next wakes.
    expect(alarm.ms).toBe(MIN);
    advance(30_000);
    expect(model.leftMs.value).toBe(total - 30_000);
    // Past its estimate, a habit counts nothing more: the rest of the routine is left.
    advance(5 * MIN);
    expect(model.leftMs.value).toBe(total - MIN);
    expect(model.progress.value).toBeCloseTo(MIN / total);
    // Ticked off, the next one's estimate counts in full.
    model.done();
    expect(model.leftMs.value).toBe(total - MIN);
    model.next();
    expect(model.leftMs.value).toBe(total - 2 * MIN);
  });
  it('pauses and resumes: no time passes on the step while paused, and the screen may sleep', async () => {
    const { model, advance, releaseAwake, awake, slot } = await started();
    advance(20_000);
    model.pause();
    expect(model.status.value).toBe('paused');
    expect(releaseAwake).toHaveBeenCalledTimes(1);
    expect(slot.peek()?.step.pausedAt).not.toBeNull();
    const left = model.leftMs.value;
    advance(10 * MIN);
    expect(model.leftMs.value).toBe(left);
    model.resume();
    expect(model.status.value).toBe('running');
    expect(awake).toHaveBeenCalledTimes(2);
    advance(10_000);
    expect(model.leftMs.value).toBe(left - 10_000);
  });
  it('hosts a timed step: begun by a tap, followed by its own clock, done when it ends', async () => {
    const { model, sessions, advance, slot } = await started();
    for (let step = 0; step < 4; step += 1) model.done();
    expect(model.step.value).toEqual(defaultRoutine[4]);
    expect(model.hosted.value).toBeNull();
    model.begin();
    const stretches = sessions[0];
    expect(stretches.start).toHaveBeenCalled();
    expect(slot.peek()).toMatchObject({ index: 4, begun: true });
    advance(60_000);
    expect(model.stepLeftMs.value).toBe(300_000);
    // Its own Pause holds the routine too, and its Resume carries on.
    stretches.pause();
    expect(model.status.value).toBe('paused');
    stretches.resume();
    expect(model.status.value).toBe('running');
    advance(300_000);
    expect(stretches.status.value).toBe('done');
    await flush();
    expect(model.current.value?.index).toBe(5);
    expect(slot.peek()?.outcomes[4]).toBe('done');
    expect(model.hosted.value).toBeNull();
    // One that ended by itself is not cut short: its closing chime rings out.
    expect(stretches.dispose).not.toHaveBeenCalled();
  });
  it('next during a hosted session stops it; skipped unless something was done', async () => {
    const { model, sessions, slot } = await started();
    for (let step = 0; step < 4; step += 1) model.done();
    model.begin();
    model.next();
    expect(sessions[0].stop).toHaveBeenCalled();
    expect(sessions[0].dispose).toHaveBeenCalled();
    expect(slot.peek()?.outcomes[4]).toBe('skipped');
    model.next();
    model.begin();
    sessions[1].did = true;
    model.back();
    expect(slot.peek()?.outcomes[6]).toBe('done');
    expect(model.step.value?.kind).toBe('habit');
  });
  it('pausing the routine pauses its hosted session', async () => {
    const { model, sessions } = await started();
    for (let step = 0; step < 4; step += 1) model.done();
    model.begin();
    model.pause();
    expect(sessions[0].pause).toHaveBeenCalled();
    expect(model.status.value).toBe('paused');
    model.resume();
    expect(sessions[0].resume).toHaveBeenCalled();
  });
  it('lights out starts the sounds and records the finished routine', async () => {
    const { model, sessions, advance, lightsOut, settings, slot, releaseBusy, clock } =
      await started();
    const startedAt = clock.now();
    model.done();
    model.done();
    model.next();
    model.done();
    model.begin();
    advance(360_000);
    await flush();
    model.done();
    model.begin();
    sessions[1].stop();
    await flush();
    expect(model.step.value?.kind).toBe('sounds');
    model.lightsOut();
    expect(lightsOut).toHaveBeenCalledWith(defaultRoutine[7]);
    expect(model.status.value).toBe('done');
    expect(slot.peek()).toBeUndefined();
    expect(releaseBusy).toHaveBeenCalled();
    expect(model.summary.value).toMatchObject({ completed: true, lightsOut: defaultRoutine[7] });
    const journal = await settings.journal.list();
    expect(journal).toEqual([
      expect.objectContaining({
        kind: 'routine',
        startedAt,
        endedAt: clock.now(),
        details: {
          done: [
            'habit:screens',
            'habit:lights',
            'habit:worries',
            'stretches',
            'habit:socks',
            'sounds',
          ],
          skipped: ['habit:drink', 'breathing'],
          steps: 8,
          completed: true,
        },
      }),
    ]);
  });
  it('next on the last step finishes without sounds', async () => {
    const { model, lightsOut } = await started();
    for (let step = 0; step < 8; step += 1) model.next();
    expect(model.status.value).toBe('done');
    expect(lightsOut).not.toHaveBeenCalled();
    expect(model.summary.value?.skipped).toHaveLength(8);
  });
  it('ending early records what was done, and nothing when nothing was', async () => {
    const { model, settings } = await started();
    model.end();
    expect(model.status.value).toBe('done');
    expect(await settings.journal.list()).toEqual([]);
    model.again();
    expect(model.status.value).toBe('setup');
    model.start();
    model.done();
    model.end();
    const [entry] = await settings.journal.list();
    expect(entry.details).toMatchObject({ done: ['habit:screens'], completed: false });
    expect(entry.details.skipped).toHaveLength(7);
  });
  it('keeps the closing screen for an hour, then shows the routine again', async () => {
    const { model, advance } = await started();
    model.end();
    advance(30 * MIN);
    model.freshen();
    expect(model.status.value).toBe('done');
    advance(30 * MIN);
    model.freshen();
    expect(model.status.value).toBe('setup');
    expect(model.summary.value).toBeNull();
  });
  it('shows the routine again when a phone locked on the closing screen wakes the next day', async () => {
    const { model, advance } = await started();
    model.end();
    setVisibility('hidden');
    advance(20 * 60 * MIN);
    expect(model.status.value).toBe('done');
    setVisibility('visible');
    expect(model.status.value).toBe('setup');
  });

  it('runs the steps it started with, whatever is edited meanwhile', async () => {
    const { model, settings } = await started();
    settings.update('routine.steps', [{ kind: 'habit', habit: 'air' }]);
    expect(model.routine.value).toEqual([{ kind: 'habit', habit: 'air' }]);
    expect(model.current.value?.steps).toEqual(defaultRoutine);
  });
});
