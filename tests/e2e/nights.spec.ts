import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, openTonight } from './support/fixtures';
import { nightsEnding, seedDiary, seedNights, type StoredNight } from './support/diary';

// A Saturday morning: last night is Friday 29 January.
const MORNING = new Date('2027-01-30T09:00:00');
const LAST = '2027-01-29';

// Two weeks with late caffeine every third evening (a jerk woke them each time), a left calf
// cramp one night, and daytime twitching on the last two days.
const twoWeeks = nightsEnding(LAST, 14, (index) => ({
  factors: index % 3 === 0 ? ['caffeine-late'] : [],
  jerks: index % 3 === 0 ? 'a-few' : 'none',
  jerkWokeMe: index % 3 === 0,
  cramp: index === 5 ? 'one' : 'none',
  crampLeg: index === 5 ? 'left' : null,
  daytimeTwitching: index >= 12,
  note: index === 13 ? 'Read, then slept, "mostly" well' : '',
}));
// Two older nights, a page back (within the four weeks the patterns look at).
const older = nightsEnding('2027-01-03', 2);

/** Opens /nights on a fixed morning with `nights` in the diary. */
async function openNights(page: Page, nights: StoredNight[]) {
  await page.clock.install({ time: MORNING });
  await page.goto('/nights');
  await expect(page.getByRole('heading', { level: 1, name: 'Nights' })).toBeVisible();
  await seedNights(page, nights);
  await page.reload();
}

const table = (page: Page) => page.getByRole('table', { name: /^Your nights from/ });

test('shows two weeks of nights, pages back by two weeks, and links each night to its check-in', async ({
  page,
}) => {
  await openNights(page, [...older, ...twoWeeks]);
  await expect(
    page.getByText('Your nights from Sat, Jan 16 to Fri, Jan 29 on a clock', { exact: false }),
  ).toHaveCount(2);
  await expect(page.getByRole('img', { name: /^Your nights from Sat, Jan 16/ })).toBeVisible();
  const rows = table(page).getByRole('row');
  await expect(rows).toHaveCount(15);
  const friday = rows.filter({ has: page.getByRole('link', { name: 'Fri, Jan 29' }) });
  await expect(friday).toContainText('6 h 55 min');
  await expect(friday).toContainText('86%');
  await expect(page.getByRole('link', { name: 'Fri, Jan 29' })).toHaveAttribute(
    'href',
    '/check-in?night=2027-01-29',
  );
  await expect(rows.filter({ hasText: 'Thu, Jan 21' })).toContainText('one (left leg)');
  await expect(rows.filter({ hasText: 'Thu, Jan 28' })).toContainText('a few times, one woke you');

  // The averages, the pattern with its counts, and the doctor note, once.
  await expect(page.getByRole('heading', { name: 'The 7 nights to Fri, Jan 29' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The 14 nights to Fri, Jan 29' })).toBeVisible();
  await expect(
    page.getByText(
      'A jerk woke you on 5 of the 5 nights with caffeine after about 14:00, and on 0 of the 11 nights without.',
      { exact: false },
    ),
  ).toBeVisible();
  await expect(
    page.getByText('You had twitching during the day on 2 of your last 7 logged days.'),
  ).toBeVisible();
  await expect(page.getByText(/worth talking to a doctor/)).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await expect(page.getByRole('button', { name: 'Newer nights' })).toBeDisabled();
  await page.getByRole('button', { name: 'Older nights' }).click();
  await expect(
    page.getByRole('img', { name: /^Your nights from Sat, Jan 2 to Fri, Jan 15/ }),
  ).toBeVisible();
  await expect(rows.filter({ hasText: 'Not logged' })).toHaveCount(12);
  await expect(rows.filter({ hasText: 'Sun, Jan 3' })).toContainText('6 h 55 min');
  await expect(page.getByRole('button', { name: 'Older nights' })).toBeDisabled();
  await page.getByRole('button', { name: 'Newer nights' }).click();
  await expect(page.getByRole('link', { name: 'Fri, Jan 29' })).toBeVisible();
});

test('with no nights, points to the check-in', async ({ page }) => {
  await openNights(page, []);
  await expect(page.getByText('No nights logged yet.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'How did you sleep?' })).toHaveAttribute(
    'href',
    '/check-in',
  );
});

test('a night that cannot be read says so, and the other nights still show', async ({ page }) => {
  await openNights(page, twoWeeks);
  await seedDiary(page, [['2027-01-20', { garbage: true, night: 42 }]]);
  await page.reload();
  const rows = table(page).getByRole('row');
  await expect(rows.filter({ hasText: 'Wed, Jan 20' })).toContainText('could not be read');
  await expect(rows.filter({ hasText: 'could not be read' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '6 h 55 min' })).toHaveCount(13);
});

test('the summary for a doctor prints 14 rows, dark on white, in the Night light theme', async ({
  page,
}) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: /Night light/ }).check();
  await openNights(page, twoWeeks);
  await expect(page.getByRole('button', { name: 'Print summary' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(
    page.getByRole('heading', { name: 'Sleep diary: Sat, Jan 16 to Fri, Jan 29' }),
  ).toBeVisible();
  const printed = table(page);
  await expect(printed).toBeVisible();
  await expect(printed.getByRole('columnheader')).toHaveCount(15);
  await expect(printed.getByRole('row').filter({ hasText: 'Sat, Jan 16' })).toContainText(
    'caffeine after about 14:00',
  );
  await expect(printed.locator('tbody tr')).toHaveCount(14);
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print summary' })).toBeHidden();
  const colours = await printed.evaluate((element) => {
    const cell = element.querySelector('tbody td') as Element;
    return {
      text: getComputedStyle(cell).color,
      paper: getComputedStyle(element.closest('.nights') as Element).backgroundColor,
      page: getComputedStyle(document.documentElement).backgroundColor,
    };
  });
  expect(colours).toEqual({
    text: 'rgb(0, 0, 0)',
    paper: 'rgb(255, 255, 255)',
    page: 'rgb(255, 255, 255)',
  });
  await expect(page.getByText('Nights a jerk woke you: 5 of 14')).toBeVisible();
  await expect(page.getByText('Nights with caffeine after about 14:00: 5 of 14')).toBeVisible();
});

test('"Export nights (CSV)" saves every night, as a CSV parser reads it', async ({ page }) => {
  await openNights(page, twoWeeks);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export nights (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('lull-nights-2027-01-30.csv');
  await expect(page.getByText('Saved as lull-nights-2027-01-30.csv.')).toBeVisible();
  const text = await readFile((await download.path()) as string, 'utf8');
  const records: Record<string, string>[] = parse(text, { bom: true, columns: true });
  expect(records).toHaveLength(14);
  records.forEach((record, index) => {
    const night = twoWeeks[index] as StoredNight & Record<string, { date: string; time: string }>;
    expect(record['Night of (evening date)']).toBe(night.night);
    expect(record['Time zone']).toBe('Europe/Berlin');
    expect(record['What time did you get into bed?']).toBe(`${night.intoBed.date}T22:45`);
    expect(record['What time was your final awakening?']).toBe(`${night.finalWaking.date}T06:30`);
    expect(record['How long did it take you to fall asleep? (minutes)']).toBe('20');
    expect(record['How would you rate the quality of your sleep?']).toBe('good');
    expect(record['Did a jerk wake you?']).toBe(night.jerkWokeMe ? 'yes' : 'no');
    expect(record['Night with caffeine after about 14:00']).toBe(index % 3 === 0 ? 'yes' : 'no');
    expect(record['Calf or foot cramp in the night']).toBe(index === 5 ? 'one' : 'none');
    expect(record['Comments']).toBe(night.note);
    expect(record['Total sleep time (minutes)']).toBe('415');
  });
});

const themes = [
  { theme: /^Dark/, colorScheme: 'dark' },
  { theme: /Night light/, colorScheme: 'dark' },
  { theme: /Follow system/, colorScheme: 'light' },
  { theme: /Follow system/, colorScheme: 'dark' },
] as const;

test('axe finds nothing on /nights in any theme', async ({ page }) => {
  await openNights(page, [...older, ...twoWeeks]);
  for (const { theme, colorScheme } of themes) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/settings');
    await page.getByRole('radio', { name: theme }).check();
    await page.goto('/nights');
    await expect(page.getByRole('link', { name: 'Fri, Jan 29' })).toBeVisible();
    await expectNoAxeViolations(page, `/nights (${theme}, ${colorScheme})`);
  }
});

test('Nights is in the header, and nothing overflows a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openNights(page, twoWeeks);
  for (const path of ['/', '/nights']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      nav: document.querySelector('.nav ul')?.scrollWidth,
      header: document.querySelector('.shell-header')?.scrollWidth,
    }));
    expect(overflow.page, `${path} is no wider than the phone`).toBeLessThanOrEqual(320);
    expect(overflow.nav).toBeLessThanOrEqual(320);
    expect(overflow.header).toBeLessThanOrEqual(320);
  }
  // A link on the painted page, before Lull runs, loads /nights as a new page, whose first
  // screen keeps the browser's focus: the move of focus is Lull's, so wait for Lull.
  await openTonight(page);
  await page.getByRole('link', { name: 'Nights', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nights' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Nights', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
});
