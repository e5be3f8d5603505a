import { test, expect, expectNoAxeViolations, waitForServiceWorker } from './support/fixtures';
import type { Page } from '@playwright/test';
import { installAudioProbe, systemAudio } from './support/audio-interruptions';

// The output level (dBFS) as the analyser on the mix's output measures it. The app shows it
// to screen readers as a <meter>; its data-level attribute is the same figure, read-only.
const level = async (page: Page) =>
  Number(await page.getByRole('meter', { name: 'Sound level' }).getAttribute('data-level'));

/** The player's status line (a live region). */
const status = (page: Page) => page.getByRole('region', { name: 'Player' }).getByRole('status');

/** Opens /sounds once online (so the service worker has everything), then goes offline. */
async function openOffline(page: Page, context: import('@playwright/test').BrowserContext) {
  await page.goto('/sounds');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sounds' })).toBeVisible();
}

test('offline: rain plays, a 1-minute timer fades it to silence, and an imported WAV plays', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date('2026-11-22T22:30:00') });
  await openOffline(page, context);

  // Rain alone (the default mix has four layers), at full level from the start.
  for (const name of ['Wind', 'Fire', 'Brown noise'])
    await page.getByRole('switch', { name }).uncheck();
  await page.getByRole('checkbox', { name: 'Fade in gently when I press Play' }).uncheck();
  await expect(page.getByRole('switch', { name: 'Rain' })).toBeChecked();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(status(page)).toHaveText('Playing until you stop it.');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => level(page)).toBeGreaterThan(-40);
  const playing = await level(page);
  await expectNoAxeViolations(page, '/sounds while playing');

  // A 1-minute timer: the fade takes at most half the timer, so it fades over 30 seconds.
  await page.getByRole('radio', { name: 'Other' }).check();
  await page.getByLabel('Minutes (1 to 120)').fill('500');
  await expect(page.getByText('Choose a whole number of minutes, from 1 to 120.')).toBeVisible();
  await page.getByLabel('Minutes (1 to 120)').fill('1');
  await expect(page.getByText('it takes the last 30 seconds')).toBeVisible();
  await expect(status(page)).toContainText('Fades out and stops at');
  await expect(page.getByText('Stops in 1 minute.')).toBeVisible();

  // The wall clock jumps 50 s. The audio clock is not Playwright's to move: the app maps the
  // timer's fixed wall-clock end onto it, sees that the clocks disagree, and re-places the
  // fade, which is now two-thirds through. The analyser hears it.
  await page.clock.fastForward(50_000);
  await expect(status(page)).toContainText('Fading out');
  await expect.poll(() => level(page)).toBeLessThan(playing - 8);

  // The last seconds of the fade run on the audio clock, in real time. When it ends the
  // engine stops and suspends; the meter keeps the analyser's reading of the silence after it.
  await expect(status(page)).toHaveText('The sleep timer has ended. Sleep well.', {
    timeout: 30_000,
  });
  // The meter reads once a second while sound plays, and once more a second after it ends.
  await expect.poll(() => level(page)).toBeLessThanOrEqual(-90);
  await expect(page.getByRole('meter', { name: 'Sound level' })).toHaveAttribute(
    'aria-valuetext',
    'Silent',
  );
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  // A file that is not sound is refused, with a reason, and not kept.
  const picker = page.getByLabel('Add a sound');
  await picker.setInputFiles({
    name: 'broken.wav',
    mimeType: 'audio/wav',
    buffer: Buffer.from('this is not a sound'),
  });
  await expect(page.getByText(/could not be played as sound/)).toBeVisible();
  await expect(page.getByRole('switch', { name: 'broken' })).toHaveCount(0);

  // A WAV of the person's own: added, then played alone.
  await picker.setInputFiles('tests/e2e/fixtures/soft-tone.wav');
  await expect(page.getByText('Added “soft-tone”. Turn it on to hear it.')).toBeVisible();
  await expect(page.getByText('Your sounds use 24 KB on this device.')).toBeVisible();
  await page.getByRole('radio', { name: 'Until I stop' }).check();
  await page.getByRole('switch', { name: 'Rain' }).uncheck();
  await page.getByRole('switch', { name: 'soft-tone' }).check();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(status(page)).toHaveText('Playing until you stop it.');
  await expect.poll(() => level(page)).toBeGreaterThan(-40);
  await expectNoAxeViolations(page, '/sounds with a sound of your own');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(status(page)).toHaveText('Paused.');
});

test('the mix and presets are remembered; presets can be saved, renamed and deleted', async ({
  page,
  context,
}) => {
  await openOffline(page, context);
  await page.getByRole('button', { name: 'Seaside' }).click();
  await expect(page.getByRole('switch', { name: 'Surf' })).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Rain' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('slider', { name: 'Surf volume' }).fill('40');

  await page.getByRole('button', { name: 'Save this mix' }).click();
  const save = page.getByRole('dialog', { name: 'Save this mix as a preset' });
  await expect(save.getByLabel('Name')).toHaveValue('My mix');
  await expectNoAxeViolations(page, '/sounds, saving a preset');
  await save.getByLabel('Name').fill('Windy beach');
  await save.getByRole('button', { name: 'Save preset' }).click();
  await expect(page.getByText('Saved “Windy beach”.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('slider', { name: 'Surf volume' })).toHaveValue('40');
  await expect(page.getByRole('button', { name: 'Windy beach', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );

  await page.getByRole('button', { name: 'Rename Windy beach' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename “Windy beach”' });
  await rename.getByLabel('Name').fill('Shore');
  await rename.getByRole('button', { name: 'Rename preset' }).click();
  await expect(page.getByRole('button', { name: 'Shore', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Shore' }).click();
  await page
    .getByRole('dialog', { name: 'Delete “Shore”?' })
    .getByRole('button', { name: 'Delete preset' })
    .click();
  await expect(page.getByRole('button', { name: 'Shore', exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page, '/sounds after editing presets');
});

test('a call interrupts the sound: the player says so, and a tap brings it back', async ({
  page,
}) => {
  // The system's side of the audio: the test suspends the contexts as a call does, and a
  // context may resume only while the page handles a person's tap or key (as on iOS).
  await installAudioProbe(page);
  const system = systemAudio(page);
  await page.goto('/sounds');
  for (const name of ['Wind', 'Fire', 'Brown noise'])
    await page.getByRole('switch', { name }).uncheck();
  await page.getByRole('checkbox', { name: 'Fade in gently when I press Play' }).uncheck();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(status(page)).toHaveText('Playing until you stop it.');
  await expect.poll(() => level(page)).toBeGreaterThan(-40);

  // The call: the system suspends the context. The player says so, the meter hears nothing,
  // and Pause stays, as the sound is only held: it will carry on.
  await system.interrupt();
  const interrupted = 'The sound was interrupted. Tap the screen to carry on.';
  await expect(status(page)).toHaveText(interrupted);
  const meter = page.getByRole('meter', { name: 'Sound level' });
  await expect(meter).toHaveAttribute('aria-valuetext', 'Silent');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  // Held until the person does something: the page asked to carry on and was refused, and
  // still says so. A tap on the screen (not on a control) brings it back.
  await expect.poll(() => system.refusedResumes()).toBeGreaterThan(0);
  await expect(status(page)).toHaveText(interrupted);
  await page.getByRole('heading', { level: 1, name: 'Sounds' }).click();
  await expect(status(page)).toHaveText('Playing until you stop it.');
  await expect.poll(() => level(page)).toBeGreaterThan(-40);
  await expect(meter).not.toHaveAttribute('aria-valuetext', 'Silent');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});
