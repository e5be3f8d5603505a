import { test, expect } from './support/fixtures';
import type { Page } from '@playwright/test';
import { installAudioProbe, systemAudio } from './support/audio-interruptions';

// What the system does to the sound (a call, another app taking the audio) against what the
// person does (the player's Pause, the lock screen's pause): only the person's pause pauses.

const status = (page: Page) => page.getByRole('region', { name: 'Player' }).getByRole('status');
const playingText = 'Playing until you stop it.';
const interrupted = 'The sound was interrupted. Tap the screen to carry on.';

/** Opens /sounds with the system's side of the audio in the test's hands, and plays rain. */
async function playRain(page: Page) {
  await installAudioProbe(page);
  await page.goto('/sounds');
  for (const name of ['Wind', 'Fire', 'Brown noise'])
    await page.getByRole('switch', { name }).uncheck();
  await page.getByRole('checkbox', { name: 'Fade in gently when I press Play' }).uncheck();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(status(page)).toHaveText(playingText);
  return systemAudio(page);
}

test('Pause pressed during a call stays paused when the call ends', async ({ page }) => {
  const system = await playRain(page);
  await system.interrupt();
  await expect(status(page)).toHaveText(interrupted);

  // The tap on Pause is a gesture, but it means "stay quiet": it must not bring the sound back,
  // not even for the moment before the pause fades it out.
  const runs = await system.runs();
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(status(page)).toHaveText('Paused.');
  await expect.poll(() => system.contextState()).toBe('suspended');
  expect(await system.runs()).toBe(runs);
  // The call ends and the system lets the audio run again: Lull stays paused, and silent.
  await system.endInterruption();
  await expect.poll(() => system.contextState()).toBe('suspended');
  await expect(status(page)).toHaveText('Paused.');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('the system pausing the lock-screen companion is an interruption; the lock screen’s Pause pauses', async ({
  page,
}) => {
  const system = await playRain(page);

  // Android gives the audio to a call: it pauses the companion element, with no Media Session
  // action. Lull holds the sound and says so; it does not read it as the person's Pause.
  await system.pauseCompanion();
  await expect(status(page)).toHaveText(interrupted);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('heading', { level: 1, name: 'Sounds' }).click();
  await expect(status(page)).toHaveText(playingText);
  await expect.poll(() => system.contextState()).toBe('running');

  // The person presses pause on the lock screen: Media Session calls Lull's pause handler.
  await system.mediaAction('pause');
  await expect(status(page)).toHaveText('Paused.');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});
