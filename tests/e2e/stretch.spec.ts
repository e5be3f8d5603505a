import { test, expect, expectNoAxeViolations } from './support/fixtures';
import type { Page } from '@playwright/test';

/** Opens `path` on fake time that moves only when the test says (runFor), late evening. */
async function openOnHeldTime(page: Page, path: string) {
  await page.clock.install({ time: new Date('2026-11-22T22:00:00') });
  await page.goto(path);
  await page.clock.pauseAt(new Date('2026-11-22T22:01:00'));
}

/** axe-core needs timers: time flows again for it. */
async function expectCalmAndAccessible(page: Page, label: string) {
  await page.clock.resume();
  await expectNoAxeViolations(page, label);
}

/** What the runner shows: the stretch (heading), the side and what to do now. */
async function expectShown(page: Page, name: string, side: string, kind: string) {
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(main.getByText(side, { exact: true })).toBeVisible();
  await expect(main.getByText(kind, { exact: true })).toBeVisible();
}

test('the default sequence: every stretch and side in order, switch legs, the end', async ({
  page,
}) => {
  await openOnHeldTime(page, '/stretch');
  await expect(page.getByRole('heading', { level: 1, name: 'Stretch' })).toBeVisible();
  await expect(page.getByText('About 5 min 55 s in all.')).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();

  await expectShown(page, 'Wall calf stretch', 'Left leg', 'Get into position');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'Get into position: Wall calf stretch, Left leg.',
  );
  const steps: [string, number, boolean][] = [
    ['Wall calf stretch', 30, true],
    ['Bent-knee wall stretch', 30, true],
    ['Seated towel stretch', 30, true],
    ['Ankle circles', 40, true],
    ['Toe curls and spreads', 30, false],
  ];
  for (const [index, [name, hold, sided]] of steps.entries()) {
    // Before each stretch: 5 s to get ready (the first) or a 10 s rest (the others).
    if (index > 0) await expectShown(page, name, sided ? 'Left leg' : 'Both feet', 'Rest');
    await page.clock.runFor(index === 0 ? 5000 : 10_000);
    await expectShown(page, name, sided ? 'Left leg' : 'Both feet', 'Hold');
    const figure = page.getByRole('main').getByRole('img');
    await expect(figure).toHaveAccessibleName(/.{20,}/);
    await expect(page.getByText(`${hold} seconds left`)).toBeAttached();
    await page.clock.runFor(hold * 1000);
    if (!sided) break;
    await expectShown(page, name, 'Right leg', 'Switch legs');
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Switch legs.');
    await page.clock.runFor(5000);
    await expectShown(page, name, 'Right leg', 'Hold');
    await page.clock.runFor(hold * 1000);
  }
  await page.clock.runFor(100);
  await expect(page.getByRole('heading', { level: 2, name: 'Done' })).toBeFocused();
  await expect(
    page.getByText(
      'Held to the end: Wall calf stretch, Bent-knee wall stretch, Seated towel stretch, Ankle circles, and Toe curls and spreads.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Breathe next' })).toHaveAttribute(
    'href',
    '/breathe',
  );
  await expectCalmAndAccessible(page, '/stretch end');
});

test('each illustration has a text alternative, and the running screen passes axe', async ({
  page,
}) => {
  await openOnHeldTime(page, '/stretch');
  const names: string[] = [];
  await page.getByRole('button', { name: 'Start' }).click();
  for (let index = 0; index < 5; index += 1) {
    await page.getByRole('button', { name: 'Skip' }).click();
    names.push((await page.getByRole('main').getByRole('img').getAttribute('aria-label')) ?? '');
    if (index < 4) await page.getByRole('button', { name: 'Skip' }).click();
  }
  expect(new Set(names).size).toBe(5);
  for (const name of names) expect(name.length).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  await expectCalmAndAccessible(page, '/stretch running');
});

test('skip, back, pause and a reload keep the sequence in step', async ({ page }) => {
  await openOnHeldTime(page, '/stretch');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  await expectShown(page, 'Wall calf stretch', 'Left leg', 'Hold');
  await page.clock.runFor(10_000);
  await expect(page.getByText('20 seconds left')).toBeAttached();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByText('30 seconds left')).toBeAttached();
  await page.getByRole('button', { name: 'Skip' }).click();
  await expectShown(page, 'Wall calf stretch', 'Right leg', 'Hold');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(60_000);
  await expect(page.getByText('30 seconds left')).toBeAttached();
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(12_000);
  await page.reload();
  await expectShown(page, 'Wall calf stretch', 'Right leg', 'Hold');
  await expect(page.getByText('18 seconds left')).toBeAttached();
  await page.clock.runFor(18_000);
  await expectShown(page, 'Bent-knee wall stretch', 'Left leg', 'Rest');
});

test('the choices are remembered: stretches left out, holds and rounds', async ({ page }) => {
  await page.goto('/stretch');
  await page.getByRole('checkbox', { name: /Seated towel stretch/ }).uncheck();
  await page.getByLabel('Hold Wall calf stretch').selectOption('45');
  await page.getByLabel('Rounds').selectOption('2');
  // Round 1: 5 ready + 95 wall + 10 + 65 bent + 10 + 85 circles + 10 + 30 toes = 310 s;
  // round 2 opens with a 10 s rest instead: 315 s. 625 s in all.
  await expect(page.getByText('About 10 min 25 s in all.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Seated towel stretch/ })).not.toBeChecked();
  await expect(page.getByLabel('Hold Wall calf stretch')).toHaveValue('45');
  await expect(page.getByText('About 10 min 25 s in all.')).toBeVisible();
  await expectNoAxeViolations(page, '/stretch setup');
});

test('the cramp card opens from /stretch and its timer counts down', async ({ page }) => {
  await openOnHeldTime(page, '/stretch');
  await page.getByRole('button', { name: 'Cramp right now' }).click();
  await page.clock.runFor(50);
  const card = page.getByRole('dialog', { name: 'Cramp right now' });
  await expect(card).toBeVisible();
  await expect(
    card.getByText('Straighten the leg and pull your toes toward your shin.'),
  ).toBeVisible();
  await expect(card.getByText('Stand and press your heel into the floor.')).toBeVisible();
  await card.getByRole('button', { name: 'Start a 30-second timer' }).click();
  const timer = card.getByRole('timer');
  await expect(timer).toContainText('30');
  await page.clock.runFor(5000);
  await expect(timer).toContainText('25');
  await expect(timer).toContainText('25 seconds left');
  await page.clock.runFor(25_000);
  await expect(card.getByText('The 30 seconds are up.')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Time 30 seconds again' })).toBeVisible();
  await expectCalmAndAccessible(page, '/stretch cramp card');
  await card.getByRole('button', { name: 'Close' }).click();
  await expect(card).toBeHidden();
});
