import type { Locator } from '@playwright/test';
import { test, expect, openTonight } from './support/fixtures';
import { clockText, journalWindDown, readStored, tuesdayMorning } from './support/check-in';

test('a morning check-in: Tonight asks, and the pre-filled night is saved in four taps', async ({
  page,
}) => {
  await page.clock.install({ time: tuesdayMorning });
  await openTonight(page);
  // Last night (Monday) the wind-down ended at 22:50.
  await journalWindDown(page, new Date(2026, 10, 23, 22, 10), new Date(2026, 10, 23, 22, 50));
  await page.reload();

  let taps = 0;
  const tap = async (target: Locator) => {
    taps += 1;
    await target.click();
  };
  await tap(page.getByRole('link', { name: 'How did you sleep?' }));
  await expect(page.getByRole('heading', { level: 1, name: 'How did you sleep?' })).toBeVisible();
  await expect(page.getByText(/^Monday night, (23 November|November 23)$/)).toBeVisible();
  const brief = page.getByRole('group', { name: 'Your night' });
  await expect(brief.getByRole('definition').first()).toHaveText(clockText('22:50', '10:50 PM'));
  await expect(brief.getByRole('definition').last()).toHaveText(clockText('07:00', '7:00 AM'));

  await tap(page.getByRole('checkbox', { name: 'These times are right' }));
  await tap(page.getByRole('radio', { name: 'Good', exact: true }));
  await tap(page.getByRole('button', { name: 'Save' }));
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    'Saved in your diary. See your nights',
  );
  await expect(page.getByRole('link', { name: 'See your nights' })).toHaveAttribute(
    'href',
    '/nights',
  );
  expect(taps).toBeLessThanOrEqual(4);

  expect(await readStored(page, 'lull-diary', '2026-11-23')).toMatchObject({
    night: '2026-11-23',
    intoBed: { date: '2026-11-23', time: '22:50' },
    triedToSleep: { date: '2026-11-23', time: '22:50' },
    minutesToFallAsleep: 15,
    wakings: 0,
    finalWaking: { date: '2026-11-24', time: '07:00' },
    outOfBed: { date: '2026-11-24', time: '07:00' },
    quality: 'good',
    windDownDone: ['habit:screens', 'stretches', 'breathing'],
  });

  // The check-in reopens with the saved answers, and Tonight no longer asks.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Good', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'These times are right' })).toBeChecked();
  await openTonight(page);
  await expect(page.getByRole('link', { name: 'Start wind-down' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'How did you sleep?' })).toHaveCount(0);

  // /nights, from the header, shows the night with its times.
  await page.getByRole('banner').getByRole('link', { name: 'Nights' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nights' })).toBeVisible();
  const night = page
    .getByRole('table', { name: /^Your nights from/ })
    .getByRole('row')
    .filter({ hasText: /Mon, (Nov 23|23 Nov)/ });
  await expect(night.getByRole('cell', { name: clockText('22:50', '10:50 PM') })).toBeVisible();
  await expect(night.getByRole('cell', { name: clockText('07:00', '7:00 AM') })).toBeVisible();
});

test('a night filled in three days late, saved only once its times can be true', async ({
  page,
}) => {
  // Friday morning; the night to fill in is Tuesday's.
  await page.clock.install({ time: new Date(2026, 10, 27, 10, 0) });
  await page.goto('/check-in?night=2026-11-27');
  await expect(page.getByText('That night is not over yet.', { exact: false })).toBeVisible();
  await page.goto('/check-in?night=someday');
  await expect(page.getByText('This address does not name a night Lull can read.')).toBeVisible();

  await page.goto('/check-in?night=2026-11-24');
  await expect(page.getByText(/^Tuesday night, (24 November|November 24)$/)).toBeVisible();
  await page.getByRole('button', { name: 'Change times' }).click();
  const intoBed = page.getByLabel('What time did you get into bed?');
  await expect(intoBed).toBeFocused();
  await intoBed.fill('23:40');
  await page.getByLabel('What time did you try to go to sleep?').fill('23:50');
  await page.getByLabel('How many times did you wake up, not counting the final time?').fill('1');
  await page.getByLabel('In total, how long did those wakings last? (minutes)').fill('20');
  // Out of bed at 21:00: before getting into bed.
  const outOfBed = page.getByLabel('What time did you get out of bed?');
  await outOfBed.fill('21:00');
  await page.getByRole('radio', { name: 'Poor', exact: true }).click();
  await page.getByRole('radio', { name: 'A few times' }).click();
  await page
    .getByRole('radiogroup', { name: 'Did a jerk wake you?' })
    .getByRole('radio', { name: 'Yes' })
    .click();
  await page.getByRole('button', { name: 'Caffeine after about 14:00' }).click();
  await expect(page.getByRole('button', { name: 'Caffeine after about 14:00' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Save' }).click();

  // The first answer that cannot be true has the focus and its message; nothing is saved.
  const finalWaking = page.getByLabel('What time was your final awakening?');
  await expect(finalWaking).toBeFocused();
  await expect(finalWaking).toHaveAttribute('aria-invalid', 'true');
  await expect(finalWaking).toHaveAccessibleDescription(
    'The final waking comes before getting out of bed. Please check the times.',
  );
  await expect(outOfBed).toHaveAccessibleDescription(
    'Getting out of bed comes after getting into bed. Please check the times.',
  );
  expect(await readStored(page, 'lull-diary', '2026-11-24')).toBeUndefined();

  await outOfBed.fill('07:30');
  await expect(outOfBed).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
    'Saved in your diary.',
  );
  expect(await readStored(page, 'lull-diary', '2026-11-24')).toMatchObject({
    night: '2026-11-24',
    intoBed: { date: '2026-11-24', time: '23:40' },
    triedToSleep: { date: '2026-11-24', time: '23:50' },
    wakings: 1,
    minutesAwake: 20,
    finalWaking: { date: '2026-11-25', time: '07:00' },
    outOfBed: { date: '2026-11-25', time: '07:30' },
    quality: 'poor',
    jerks: 'a-few',
    jerkWokeMe: true,
    factors: ['caffeine-late'],
    windDownDone: null,
  });
});
