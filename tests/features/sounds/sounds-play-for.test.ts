// sounds-model's `playFor`: lights out for a host (the routine), with its own preset and timer.
import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

const MINUTE = 60_000;

describe('playing for a host', () => {
  it('plays the named preset with the host’s timer, leaving the Sounds timer as set', async () => {
    const { model, engine, clock, settings } = await setup();
    model.setTimerMinutes(90);
    model.playFor(30, 'seaside');
    expect(engine.plays).toHaveLength(1);
    expect(engine.plays[0].layers.map((layer) => layer.key).sort()).toEqual([
      'pink',
      'surf',
      'wind',
    ]);
    expect(engine.plays[0].timer).toEqual({
      endsAt: clock.now() + 30 * MINUTE,
      fadeMs: 10 * MINUTE,
    });
    expect(model.remainingMinutes.value).toBe(30);
    expect(settings.settings.value.sounds.timerMinutes).toBe(90);
  });

  it('plays the mix as it is when no preset (or one that is gone) is named', async () => {
    const { model, engine } = await setup();
    model.playFor(45, 'p-deleted');
    expect(engine.plays[0].layers.map((layer) => layer.key)).toEqual([
      'rain',
      'wind',
      'fire',
      'brown',
    ]);
    model.stop();
    model.playFor(15);
    expect(engine.plays[1].layers.map((layer) => layer.key)).toEqual([
      'rain',
      'wind',
      'fire',
      'brown',
    ]);
  });

  it('restarts the timer from now when sound is already playing', async () => {
    const { model, engine, clock } = await setup();
    model.play();
    expect(engine.plays[0].timer).toBeNull();
    clock.advance(5 * MINUTE);
    model.playFor(20);
    expect(engine.timers.at(-1)).toEqual({
      endsAt: clock.now() + 20 * MINUTE,
      fadeMs: 10 * MINUTE,
    });
  });
});
