import { describe, expect, it } from 'vitest';
import { FADE_IN_SECONDS } from '../../../src/features/sounds/playback-model';
import { fileOf, setup } from './helpers';

const MINUTE = 60_000;

describe('the Sounds model', () => {
  it('plays the default four-layer mix, fading in, with no timer', async () => {
    const { model, engine } = await setup();
    model.play();
    expect(engine.plays).toHaveLength(1);
    const [request] = engine.plays;
    expect(request.layers.map((layer) => layer.key)).toEqual(['rain', 'wind', 'fire', 'brown']);
    expect(request.layers[0]).toMatchObject({ volume: 0.75, source: { kind: 'soundscape' } });
    expect(request).toMatchObject({ master: 0.9, fadeInSeconds: FADE_IN_SECONDS, timer: null });
    expect(request.nowPlaying).toEqual({ title: 'Rainy night', artist: 'Lull' });
    expect(model.status.value).toBe('playing');
    expect(model.statusText.value).toBe('Playing until you stop it.');
  });

  it('says so, and plays nothing, when every sound is off', async () => {
    const { model, engine } = await setup();
    for (const id of ['rain', 'wind', 'fire', 'brown']) model.setLayerOn(id, false);
    model.play();
    expect(engine.play).not.toHaveBeenCalled();
    expect(model.hint.value).toBe('Turn on a sound below, then press Play.');
  });

  it('starts the sleep timer on play: a fixed end, its fade at most half the timer', async () => {
    const { model, engine, clock } = await setup();
    model.setTimerMinutes(10);
    model.play();
    expect(engine.plays[0].timer).toEqual({
      endsAt: clock.now() + 10 * MINUTE,
      fadeMs: 5 * MINUTE,
    });
    expect(model.remainingMinutes.value).toBe(10);
    expect(model.statusText.value).toMatch(/^Playing\. Fades out and stops at /);
  });

  it('the sleep timer keeps its end when the clock is set, and shows it on the clock', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    try {
      const { model, engine, clock, frame } = await setup();
      model.setTimerMinutes(30);
      model.play();
      const [{ timer }] = engine.plays;
      // 23:30 in Berlin: it stops at midnight.
      expect(model.statusText.value).toMatch(/ stops at (00:00|12:00\sAM)\.$/);
      // The phone's clock was an hour slow, and the network puts it right.
      clock.setClock(60 * MINUTE);
      clock.advance(MINUTE);
      frame();
      expect(model.remainingMinutes.value).toBe(29);
      expect(engine.timers.at(-1)).toEqual(timer);
      expect(model.statusText.value).toMatch(/ stops at (01:00|1:00\sAM)\.$/);
      // A flight lands in Tokyo.
      process.env.TZ = 'Asia/Tokyo';
      clock.advance(MINUTE);
      frame();
      expect(model.statusText.value).toMatch(/ stops at (09:00|9:00\sAM)\.$/);
      expect(model.remainingMinutes.value).toBe(28);
    } finally {
      process.env.TZ = zone;
    }
  });

  it('adds 15 minutes to a running timer, and counts a new choice from now', async () => {
    const { model, engine, clock } = await setup();
    model.setTimerMinutes(30);
    model.play();
    const { endsAt } = engine.plays[0].timer ?? { endsAt: 0 };
    clock.advance(5 * MINUTE);
    model.addFifteen();
    expect(engine.timers.at(-1)).toEqual({ endsAt: endsAt + 15 * MINUTE, fadeMs: 10 * MINUTE });
    model.setTimerMinutes(20);
    expect(engine.timers.at(-1)).toEqual({
      endsAt: clock.now() + 20 * MINUTE,
      fadeMs: 10 * MINUTE,
    });
    model.setFadeOutMinutes(4);
    expect(engine.timers.at(-1)?.fadeMs).toBe(4 * MINUTE);
    model.setTimerMinutes(0);
    expect(engine.timers.at(-1)).toBeNull();
  });

  it('follows the mix while playing, and stops when the last sound is turned off', async () => {
    const { model, engine } = await setup();
    model.play();
    model.setLayerOn('surf', true);
    expect(engine.layers.at(-1)?.map((layer) => layer.key)).toContain('surf');
    model.setLayerVolume('rain', 0.333);
    expect(engine.layers.at(-1)?.find((layer) => layer.key === 'rain')?.volume).toBe(0.33);
    model.setMaster(0.5);
    expect(engine.masters.at(-1)).toBe(0.5);
    for (const id of ['rain', 'wind', 'fire', 'brown', 'surf']) model.setLayerOn(id, false);
    expect(engine.stop).toHaveBeenCalled();
    expect(model.status.value).toBe('idle');
  });

  it('forgets the timer when paused or when it ends', async () => {
    const { model, engine } = await setup();
    model.setTimerMinutes(10);
    model.toggle();
    expect(model.timer.value).not.toBeNull();
    model.toggle();
    expect(engine.pause).toHaveBeenCalled();
    expect(model.timer.value).toBeNull();
    expect(model.statusText.value).toBe('Paused.');
    model.play();
    engine.setState('ended');
    expect(model.timer.value).toBeNull();
    expect(model.statusText.value).toBe('The sleep timer has ended. Sleep well.');
  });

  it('answers the lock screen and media keys', async () => {
    const { model, engine } = await setup();
    engine.actions?.play();
    expect(model.status.value).toBe('playing');
    engine.actions?.pause();
    expect(model.status.value).toBe('paused');
    engine.actions?.play();
    engine.actions?.stop();
    expect(model.status.value).toBe('idle');
  });

  it('reads the level only while sound plays, and once more after it stops', async () => {
    const { model, engine, frame, frameCallbacks } = await setup();
    expect(frameCallbacks.size).toBe(0);
    model.play();
    expect(frameCallbacks.size).toBe(1);
    frame();
    expect(model.level.value).toBe(-30);
    model.pause();
    engine.levelNow = -120;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(model.level.value).toBe(-120);
    expect(frameCallbacks.size).toBe(0);
  });

  it('plays presets, saves, renames and deletes the person’s own', async () => {
    const { model, settings } = await setup();
    expect(model.activePreset.value?.name).toBe('Rainy night');
    model.applyPreset('seaside');
    expect(model.status.value).toBe('playing');
    expect(model.layer('surf')).toEqual({ source: 'surf', on: true, volume: 0.8 });
    expect(model.layer('rain').on).toBe(false);
    expect(model.activePreset.value?.id).toBe('seaside');

    model.setLayerVolume('surf', 0.5);
    expect(model.activePreset.value).toBeUndefined();
    expect(model.savePreset('  Quiet shore ')).toBe(true);
    expect(model.presetMessage.value?.text).toBe('Saved “Quiet shore”.');
    const [mine] = settings.settings.value.sounds.presets;
    expect(mine).toMatchObject({ name: 'Quiet shore' });
    expect(model.activePreset.value?.name).toBe('Quiet shore');

    model.renamePreset(mine.id, 'Shore');
    model.renamePreset(mine.id, '   ');
    expect(model.presets.value.at(-1)?.name).toBe('Shore');
    model.deletePreset(mine.id);
    expect(model.presets.value.map((preset) => preset.builtIn)).toEqual([true, true, true]);

    for (const id of ['surf', 'wind', 'pink']) model.setLayerOn(id, false);
    expect(model.savePreset('Nothing')).toBe(false);
  });

  it('imports a sound, mixes it like the others, and deletes it from the mix and presets', async () => {
    const { model, engine } = await setup();
    await model.importSound(fileOf('Brook.wav', 'audio/wav', 5000));
    expect(model.importMessage.value).toEqual({
      tone: 'info',
      text: 'Added “Brook”. Turn it on to hear it.',
    });
    const [brook] = model.userSounds.value;
    expect(model.usedBytes.value).toBe(5000);
    const source = `sound:${brook.id}`;
    model.setLayerOn(source, true);
    model.play();
    const layer = engine.plays[0].layers.find((candidate) => candidate.key === source);
    expect(layer?.source.kind).toBe('sound');
    expect(model.savePreset('With brook')).toBe(true);

    await model.deleteSound(brook.id);
    expect(model.userSounds.value).toEqual([]);
    expect(model.mix.value.some((entry) => entry.source === source)).toBe(false);
    expect(model.presets.value.at(-1)?.layers.some((entry) => entry.source === source)).toBe(false);
    expect(engine.layers.at(-1)?.some((candidate) => candidate.key === source)).toBe(false);
  });

  it('tells why a file was not added', async () => {
    const { model } = await setup();
    await model.importSound(fileOf('photo.png', 'image/png'));
    expect(model.importMessage.value).toEqual({
      tone: 'problem',
      text: 'That file is not an MP3, M4A, AAC, Ogg or WAV sound, so it was not added.',
    });
    expect(model.userSounds.value).toEqual([]);
    expect(model.importing.value).toBe(false);
  });
});
