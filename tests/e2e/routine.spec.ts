import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, waitForServiceWorker } from './support/fixtures';
import { stretchSecondsLeft } from './support/routine';

// Monday 23 November 2026, 22:10 by the device's clock: the wind-down hour.
const evening = new Date(2026, 10, 23, 22, 10, 0);

/** Loads Lull on fake time, lets the service worker take over, then cuts the network. */
async function openOffline(page: Page, context: BrowserContext, path = '/') {
  await page.clock.install({ time: evening });
  await page.goto(path);
  await waitForServiceWorker(page);
  await context.setOffline(true);
}

/** The step shown: the runner's second-level heading, which takes focus on each new step. */
const stepHeading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 2, name, exact: true });

/** axe-core needs timers: time flows again for it. */
async function expectAccessible(page: Page, label: string) {
  await page.clock.resume();
  await expectNoAxeViolations(page, label);
}

test('a whole evening: start, tick habits, reload mid-stretch, finish, one night in a row', async ({
  page,
  context,
}) => {
  await openOffline(page, context);
  await expect(page.getByText('Tonight’s routine takes about 21 min.')).toBeVisible();
  await expect(page.getByText(/^Screens away, Lights low, .*, and Lights out$/)).toBeVisible();
  await expect(page.getByText(/in a row/)).toHaveCount(0);
  await expectAccessible(page, 'Tonight with the routine');
  await page.getByRole('link', { name: 'Start wind-down' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Wind-down' })).toBeVisible();
  await expectAccessible(page, '/routine before it starts');
  await page.clock.pauseAt(new Date(evening.getTime() + 60_000));
  await page.getByRole('button', { name: 'Start wind-down' }).click();

  const progress = page.getByRole('progressbar', { name: 'Wind-down progress' });
  await expect(stepHeading(page, 'Screens away')).toBeFocused();
  await expect(progress).toHaveAttribute('aria-valuetext', 'Step 1 of 8, 21 min left');
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  await expectAccessible(page, '/routine, a habit');
  await page.clock.pauseAt(new Date(evening.getTime() + 120_000));

  // Ticked off, one after the other, as a person does them.
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(stepHeading(page, 'Lights low')).toBeFocused();
  await expect(progress).toHaveAttribute('aria-valuetext', 'Step 2 of 8, 20 min left');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(stepHeading(page, 'Warm caffeine-free drink')).toBeVisible();
  await page.clock.runFor(4 * 60_000);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(stepHeading(page, 'Write down tomorrow’s worries')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();

  // The stretches, hosted as /stretch runs them.
  await expect(stepHeading(page, 'Calf stretches')).toBeVisible();
  await page.getByRole('button', { name: 'Begin the stretches' }).click();
  await expect(page.getByRole('heading', { name: 'Wall calf stretch' })).toBeVisible();
  await page.clock.runFor(20_000);
  await expect(page.getByText('Hold', { exact: true })).toBeVisible();
  const before = await stretchSecondsLeft(page);
  expect(before).toBe(355 - 20);
  // Read with `before`, while time stands still: the axe check lets it run again.
  const movedOn = await page.evaluate(() => Date.now());
  await expectAccessible(page, '/routine, the stretches');

  await page.reload();
  const after = await stretchSecondsLeft(page);
  const elapsed = ((await page.evaluate(() => Date.now())) - movedOn) / 1000;
  await expect(stepHeading(page, 'Calf stretches')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wall calf stretch' })).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuetext', /^Step 5 of 8, /);
  expect(Math.abs(before - elapsed - after)).toBeLessThanOrEqual(1);

  // Through the rest of the stretches, then on.
  await page.clock.pauseAt(new Date((await page.evaluate(() => Date.now())) + 1000));
  await page.clock.runFor(340_000);
  await expect(stepHeading(page, 'Socks on')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(stepHeading(page, 'Slow breathing')).toBeVisible();
  await page.getByRole('button', { name: 'Begin breathing' }).click();
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText('Inhale');
  await expectAccessible(page, '/routine, breathing');
  await page.getByRole('button', { name: 'Next step' }).click();

  await expect(stepHeading(page, 'Lights out')).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuetext', 'Step 8 of 8, The last step');
  await expect(page.getByText('Rainy night plays and fades out after 30 min')).toBeVisible();
  // Sound starts on the audio clock: time flows again for it.
  await page.clock.resume();
  await page.getByRole('button', { name: 'Lights out' }).click();
  await expect(page.getByRole('heading', { name: 'Sleep well' })).toBeFocused();
  // What was done, as a list (not a score): everything but the breathing, which was skipped.
  const done = page.getByText(
    /^Tonight: Screens away, Lights low, .*Calf stretches, .*and Lights out\.$/,
  );
  await expect(done).toBeVisible();
  await expect(done).not.toContainText('Slow breathing');
  // The sounds play, with the step's 30-minute timer, in Sounds' own player.
  await expect(page.getByText(/^Playing\. Fades out and stops at /)).toBeVisible();
  await expect(page.getByText('Stops in 30 minutes.')).toBeVisible();
  await expectAccessible(page, '/routine finished');

  await page.getByRole('link', { name: 'Back to Tonight' }).click();
  await expect(page.getByText('1 night in a row with your routine')).toBeVisible();
});

test('the editor moves a step by keyboard, keeps focus on it, says so and remembers it', async ({
  page,
  context,
}) => {
  await openOffline(page, context, '/routine');
  await page.getByRole('button', { name: 'Change the routine' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your routine' })).toBeFocused();
  await expectAccessible(page, '/routine editor');

  const moveDown = page.getByRole('button', { name: 'Move down: Screens away' });
  await moveDown.focus();
  await page.keyboard.press('Enter');
  await expect(moveDown).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'moved' })).toHaveText(
    'Screens away moved to step 2 of 8.',
  );
  await page.keyboard.press('Space');
  await expect(moveDown).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'moved' })).toHaveText(
    'Screens away moved to step 3 of 8.',
  );
  const moveUp = page.getByRole('button', { name: 'Move up: Screens away' });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await expect(moveUp).toBeFocused();
  await expect(page.getByRole('listitem').first()).toContainText('1. Lights low');
  await expect(page.getByRole('listitem').nth(1)).toContainText('2. Screens away');

  // The first step cannot go higher: it says so, and nothing moves.
  const firstUp = page.getByRole('button', { name: 'Move up: Lights low' });
  await firstUp.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'first' })).toHaveText(
    'Lights low is already the first step.',
  );

  // Options and new steps.
  await page.getByLabel('Options: Slow breathing').click();
  await page.getByLabel('Pattern').selectOption({ label: '4-7-8' });
  await page.getByLabel('Length').selectOption({ label: '2 min' });
  await page.getByLabel('Options: Lights out').click();
  await page.getByLabel('Sounds', { exact: true }).selectOption({ label: 'Seaside' });
  await page.getByLabel('Fade out after').selectOption({ label: '45 min' });
  await page.getByLabel('Add a step').selectOption({ label: 'Air the room' });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText(
    'Air the room added as step 8 of 9.',
  );
  await expect(page.getByRole('button', { name: 'Remove: Air the room' })).toBeFocused();
  await page.getByRole('button', { name: 'Done' }).click();

  // Kept: the overview, a reload and Tonight all show the new routine.
  await page.reload();
  const steps = page.getByRole('main').getByRole('listitem');
  await expect(steps.first()).toContainText('Lights low');
  await expect(steps.nth(1)).toContainText('Screens away');
  await expect(steps.nth(6)).toContainText('4-7-8, 2 min');
  await expect(steps.nth(7)).toContainText('Air the room');
  await expect(steps.nth(8)).toContainText('Seaside, fading out after 45 min');
  await page.goto('/');
  await expect(page.getByText(/^Lights low, Screens away, /)).toBeVisible();
});

test('two hours away: it says where the person was, and carries on from there', async ({
  page,
  context,
}) => {
  await openOffline(page, context, '/routine');
  await page.getByRole('button', { name: 'Start wind-down' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(stepHeading(page, 'Lights low')).toBeVisible();
  // The computer suspended for two hours with Lull on screen: no timer runs, then each due one
  // fires once on waking. Lull notices from its late beat; the reload must not forget it.
  await page.clock.fastForward('02:00:00');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeFocused();
  await expect(
    page.getByText('Your wind-down waited for you at step 2 of 8: Lights low.'),
  ).toBeVisible();
  await expect(page.getByText('About 20 min of it is left.')).toBeVisible();
  await expectAccessible(page, '/routine back after two hours');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(stepHeading(page, 'Lights low')).toBeVisible();
  await page.getByRole('button', { name: 'End the wind-down' }).click();
  await page.getByRole('button', { name: 'End it' }).click();
  await expect(page.getByRole('heading', { name: 'Wind-down ended' })).toBeVisible();
  await expect(page.getByText('Tonight: Screens away.', { exact: true })).toBeVisible();
});
