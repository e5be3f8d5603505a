import { test, expect } from './support/fixtures';
import type { Page } from '@playwright/test';
import { installAudioProbe, systemAudio } from './support/audio-interruptions';

// Lull open in two tabs: only one plays. Starting sound in one stops it in the other, which
// says where the sound is and offers to bring it back.

const status = (page: Page) => page.getByRole('region', { name: 'Player' }).getByRole('status');
const playingText = 'Playing until you stop it.';
const elsewhere = 'Playing in another Lull tab.';
const playHere = (page: Page) => page.getByRole('button', { name: 'Play here' });

test('one tab plays at a time; Play here takes the sound back; a closed tab lets go', async ({
  page,
  context,
}) => {
  await page.goto('/sounds');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(status(page)).toHaveText(playingText);

  // A second tab opened now knows at once where the sound is.
  // It opens no audio of its own meanwhile.
  const other = await context.newPage();
  await installAudioProbe(other);
  await other.goto('/sounds');
  await expect(status(other)).toHaveText(elsewhere);
  expect(await systemAudio(other).contextState()).toBe('none');

  // Playing there stops it here, and here says so.
  await playHere(other).click();
  await expect(status(other)).toHaveText(playingText);
  await expect(status(page)).toHaveText(elsewhere);
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);

  // Play here brings it back, and the other tab stops.
  await playHere(page).click();
  await expect(status(page)).toHaveText(playingText);
  await expect(status(other)).toHaveText(elsewhere);
  await expect(other.getByRole('button', { name: 'Pause' })).toHaveCount(0);

  // The playing tab closes without pausing: the other is free to play again.
  await page.close();
  await expect(status(other)).toHaveText('Ready when you are.');
  await expect(other.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});
