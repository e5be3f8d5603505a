import { test, expect, expectNoAxeViolations } from './support/fixtures';
import type { Page } from '@playwright/test';

/** The phase word: the polite live region in the page's main area. */
const phaseWord = (page: Page) => page.getByRole('main').getByRole('status');

/** Opens `path` on fake time that moves only when the test says (runFor), late evening. */
async function openOnHeldTime(page: Page, path: string) {
  await page.clock.install({ time: new Date('2026-11-22T22:30:00') });
  await page.goto(path);
  await page.clock.pauseAt(new Date('2026-11-22T22:31:00'));
}

/** axe-core needs timers: time flows again for it. */
async function expectCalmAndAccessible(page: Page, label: string) {
  await page.clock.resume();
  await expectNoAxeViolations(page, label);
}

test('4-7-8: Inhale, the hold after 4 s, the out-breath after 11 s', async ({ page }) => {
  await openOnHeldTime(page, '/breathe');
  await expect(page.getByRole('heading', { level: 1, name: 'Breathe' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^4-7-8/ })).toBeChecked();
  await expect(page.getByText('About 1 min 16 s in all.')).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();

  await expect(phaseWord(page)).toHaveText('Inhale');
  await expect(page.getByRole('img', { name: /Breathing guide/ })).toBeVisible();
  await expect(page.getByText('Breath 1 of 4 · 1:16 left')).toBeVisible();
  await expect(page.getByText('4 seconds left in this phase')).toBeAttached();

  await page.clock.runFor(3900);
  await expect(phaseWord(page)).toHaveText('Inhale');
  await page.clock.runFor(200);
  await expect(phaseWord(page)).toHaveText('Hold');
  await expect(page.getByText('7 seconds left in this phase')).toBeAttached();
  await page.clock.runFor(6800);
  await expect(phaseWord(page)).toHaveText('Hold');
  await page.clock.runFor(200);
  await expect(phaseWord(page)).toHaveText('Exhale');
  await page.clock.runFor(8000);
  await expect(phaseWord(page)).toHaveText('Inhale');
  await expect(page.getByText(/^Breath 2 of 4/)).toBeVisible();
  await expectCalmAndAccessible(page, '/breathe running');
});

test('with reduced motion the still form shows: words and a filling bar', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openOnHeldTime(page, '/breathe');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(phaseWord(page)).toHaveText('Inhale');
  const bar = page.getByRole('progressbar', { name: 'Progress through this phase' });
  await expect(bar).toBeVisible();
  await expect(page.getByRole('img', { name: /Breathing guide/ })).toHaveCount(0);
  await page.clock.runFor(2100);
  await expect(bar).toHaveAttribute('aria-valuetext', '2 of 4 seconds');
  await page.clock.runFor(2000);
  await expect(phaseWord(page)).toHaveText('Hold');
  await expect(bar).toHaveAttribute('aria-valuemax', '7');
  await expectCalmAndAccessible(page, '/breathe still');
});

test('pause holds the phase; resume carries on from there', async ({ page }) => {
  await openOnHeldTime(page, '/breathe');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(2000);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(phaseWord(page)).toHaveText('Inhale');
  await expect(page.getByText('2 seconds left in this phase')).toBeAttached();
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(2100);
  await expect(phaseWord(page)).toHaveText('Hold');
});

test('the clock set an hour forward in another window, then back: the session keeps its time', async ({
  page,
}) => {
  await openOnHeldTime(page, '/breathe');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(2000);
  await expect(page.getByText('Breath 1 of 4 · 1:14 left')).toBeVisible();

  // The device's clock is set in another window (Lull's loses the focus): Date.now() moves an
  // hour, performance.now() does not. With Lull in front all along it would be a suspend.
  const now = await page.evaluate(() => {
    window.dispatchEvent(new Event('blur'));
    return Date.now();
  });
  await page.clock.setSystemTime(now + 3_600_000);
  await page.clock.runFor(1000);
  await expect(page.getByText('Breath 1 of 4 · 1:13 left')).toBeVisible();
  await expect(phaseWord(page)).toHaveText('Inhale');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(1100);
  await expect(phaseWord(page)).toHaveText('Hold');

  // And set back two hours: the session does not stall.
  await page.clock.setSystemTime(now + 2100 - 3_600_000);
  await page.clock.runFor(7000);
  await expect(phaseWord(page)).toHaveText('Exhale');
  await expect(page.getByText('Breath 1 of 4 · 1:05 left')).toBeVisible();
});

test('a reload resumes the running session where the clock says', async ({ page }) => {
  await openOnHeldTime(page, '/breathe');
  await page.getByRole('radio', { name: /^Box/ }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(phaseWord(page)).toHaveText('Inhale');
  await page.clock.runFor(5000);
  await expect(phaseWord(page)).toHaveText('Hold');
  await page.reload();
  await expect(phaseWord(page)).toHaveText('Hold');
  await expect(page.getByText(/^Breath 1 of 15 · 3:5\d left/)).toBeVisible();
  await page.clock.runFor(3500);
  await expect(phaseWord(page)).toHaveText('Exhale');
  // The chosen pattern is remembered too.
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Breathe again' }).click();
  await expect(page.getByRole('radio', { name: /^Box/ }).first()).toBeChecked();
});

test('a reload with the device clock set back mid-session resumes where it was', async ({
  page,
}) => {
  await openOnHeldTime(page, '/breathe');
  await page.getByRole('radio', { name: /^Box/ }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(5000);
  await expect(phaseWord(page)).toHaveText('Hold');
  // An hour back: setSystemTime moves Date.now() only, as a clock set by hand does.
  await page.clock.setSystemTime(new Date('2026-11-22T21:31:05'));
  await page.clock.runFor(1000);
  await expect(page.getByText('Breath 1 of 15 · 3:54 left')).toBeVisible();
  await page.reload();
  await expect(phaseWord(page)).toHaveText('Hold');
  await expect(page.getByText(/^Breath 1 of 15 · 3:5[34] left/)).toBeVisible();
});

test('the session ends calmly and is kept in the journal', async ({ page }) => {
  await openOnHeldTime(page, '/breathe');
  await page.getByRole('radio', { name: /^Custom/ }).check();
  await page.getByLabel('Breathe in').selectOption('2');
  await page.getByLabel('Hold after breathing in').selectOption('0');
  await page.getByLabel('Breathe out').selectOption('3');
  await page.getByLabel('Breaths', { exact: true }).selectOption('2');
  await expect(page.getByText('About 10 s in all.')).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(10_100);
  const end = page.getByRole('heading', { name: 'Finished' });
  await expect(end).toBeFocused();
  await expect(page.getByText('2 breaths of Custom, 10 s.')).toBeVisible();
  await expectCalmAndAccessible(page, '/breathe end');
  const journal = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('lull-journal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('keyval').objectStore('keyval').getAll();
          request.onsuccess = () => resolve(request.result);
        };
      }),
  );
  expect(journal).toEqual([
    expect.objectContaining({
      kind: 'breathing',
      details: expect.objectContaining({ pattern: 'custom', timing: '2-0-3-0', breaths: 2 }),
    }),
  ]);
});

test('cue settings live in Settings › Cues and are remembered', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 2, name: 'Cues' })).toBeVisible();
  const tone = page.getByRole('checkbox', { name: 'A soft tone at each change' });
  await expect(tone).toBeChecked();
  await page.getByRole('checkbox', { name: /Breathing guide without movement/ }).check();
  await page.getByRole('slider', { name: 'Tone volume' }).fill('30');
  await page.reload();
  await expect(page.getByRole('slider', { name: 'Tone volume' })).toHaveValue('30');
  await page.goto('/breathe');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(
    page.getByRole('progressbar', { name: 'Progress through this phase' }),
  ).toBeVisible();
  await tone.page().goto('/settings');
  await expectNoAxeViolations(page, '/settings with cues');
});

test('long exhale breathes out for the 6, 7 or 8 seconds chosen, and keeps the choice', async ({
  page,
}) => {
  await openOnHeldTime(page, '/breathe');
  await page.getByRole('radio', { name: /^Long exhale/ }).check();
  const outFor = page.getByRole('group', { name: 'Breathe out for' });
  await expect(outFor.getByRole('radio', { name: '7 s' })).toBeChecked();
  await outFor.getByRole('radio', { name: '8 s' }).check();
  await page.reload();
  await expect(outFor.getByRole('radio', { name: '8 s' })).toBeChecked();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(phaseWord(page)).toHaveText('Inhale');
  await page.clock.runFor(4100);
  await expect(phaseWord(page)).toHaveText('Exhale');
  await page.clock.runFor(7800);
  await expect(phaseWord(page)).toHaveText('Exhale');
  await page.clock.runFor(200);
  await expect(phaseWord(page)).toHaveText('Inhale');
});
