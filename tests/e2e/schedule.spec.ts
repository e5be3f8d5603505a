import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, waitForServiceWorker } from './support/fixtures';

const mondayEvening = new Date(2026, 10, 23, 20, 0, 0);

/** Loads Lull once, lets the service worker take over, cuts the network, opens /schedule. */
async function openScheduleOffline(page: Page, context: BrowserContext) {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/schedule');
  await expect(page.getByRole('heading', { level: 1, name: 'Sleep schedule' })).toBeVisible();
}

const group = (page: Page, name: RegExp) => page.getByRole('group', { name });

test('weeknights and weekend nights: each night its times, kept when switching forms', async ({
  page,
  context,
}) => {
  await openScheduleOffline(page, context);
  await page.getByLabel('Bedtime').fill('22:30');
  await page.getByLabel('Wake time').fill('06:30');
  await expect(page.getByText('8 h', { exact: true })).toBeVisible();

  await page.getByRole('radio', { name: /Weeknights and weekend nights/ }).check();
  // Nights never set one by one start from the every-night times.
  await expect(group(page, /^Weeknights/).getByLabel('Bedtime')).toHaveValue('22:30');
  await expect(group(page, /^Weekend nights/).getByLabel('Bedtime')).toHaveValue('22:30');
  await group(page, /^Weekend nights/)
    .getByLabel('Bedtime')
    .fill('00:30');
  await group(page, /^Weekend nights/)
    .getByLabel('Wake time')
    .fill('09:00');
  await expect(page.getByText('A bedtime after midnight is early the next morning.')).toBeVisible();

  await page.getByRole('radio', { name: /Each night on its own/ }).check();
  await expect(group(page, /^Friday night/).getByLabel('Bedtime')).toHaveValue('00:30');
  await expect(group(page, /^Sunday night/).getByLabel('Bedtime')).toHaveValue('22:30');
  const lengths = page.locator('dl.figures');
  await expect(lengths).toContainText('Friday night8 h 30 min');
  await expect(lengths).toContainText('Monday night8 h');
  // 5 x 8 h + 2 x 8 h 30 min = 57 h over 7 nights.
  await expect(lengths).toContainText('Week average8 h 9 min');
  await expectNoAxeViolations(page, '/schedule, each night on its own');

  // Back to one time for all: the per-night times wait, unchanged, for when they are wanted.
  await page.getByRole('radio', { name: /The same every night/ }).check();
  await expect(page.getByLabel('Bedtime')).toHaveValue('22:30');
  await page.reload();
  await page.getByRole('radio', { name: /Weeknights and weekend nights/ }).check();
  await expect(group(page, /^Weekend nights/).getByLabel('Bedtime')).toHaveValue('00:30');
});

test('time in bed follows the bedtime and wake time, as a figure without advice', async ({
  page,
  context,
}) => {
  await openScheduleOffline(page, context);
  await page.getByLabel('Bedtime').fill('00:30');
  await page.getByLabel('Wake time').fill('06:30');
  await expect(page.getByText('6 h', { exact: true })).toBeVisible();
  await page.getByLabel('Wake time').fill('07:45');
  await expect(page.getByText('7 h 15 min', { exact: true })).toBeVisible();
  await expect(page.locator('main p').filter({ hasText: /hours in bed/ })).toHaveCount(0);
});

test('Add to calendar downloads a text/calendar file of the schedule', async ({
  page,
  context,
}) => {
  await page.clock.install({ time: mondayEvening });
  // Record every Blob handed to a download link, and take away file sharing (as on desktop
  // Linux) so the download path runs.
  await page.addInitScript(() => {
    const seen: { type: string; text: Promise<string> }[] = [];
    (window as unknown as { seenBlobs: typeof seen }).seenBlobs = seen;
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob) seen.push({ type: object.type, text: object.text() });
      return original(object);
    };
    Object.defineProperty(navigator, 'canShare', { value: undefined, configurable: true });
  });
  await openScheduleOffline(page, context);
  await page.getByRole('radio', { name: /Weeknights and weekend nights/ }).check();
  await group(page, /^Weekend nights/)
    .getByLabel('Bedtime')
    .fill('00:30');
  await group(page, /^Weekend nights/)
    .getByLabel('Wake time')
    .fill('09:00');
  await page.getByLabel('Start winding down').selectOption({ label: '30 minutes before bedtime' });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('lull-bedtime.ics');
  await expect(
    page.getByText('Saved lull-bedtime.ics. Open it to add your bedtimes to your calendar.'),
  ).toBeVisible();

  const blobs = await page.evaluate(async () => {
    const seen = (window as unknown as { seenBlobs: { type: string; text: Promise<string> }[] })
      .seenBlobs;
    return Promise.all(seen.map(async (blob) => ({ type: blob.type, text: await blob.text })));
  });
  expect(blobs).toHaveLength(1);
  expect(blobs[0].type).toBe('text/calendar');
  const ics = await readFile((await download.path()) as string, 'utf8');
  expect(ics).toBe(blobs[0].text);
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  // Friday night's 00:30 bedtime recurs on Saturdays, with the alarm 30 minutes before.
  expect(ics).toContain(
    'DTSTART:20261128T003000\r\nDTEND:20261128T090000\r\nRRULE:FREQ=WEEKLY;BYDAY=SA\r\n',
  );
  expect(ics).toContain('UID:lull-bedtime-fri-night@lull\r\n');
  expect(ics).toContain('TRIGGER;RELATED=START:-PT30M\r\n');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(7);
});

test('Add to calendar shares a text/calendar file where the device can share files', async ({
  page,
  context,
}) => {
  await page.addInitScript(() => {
    const shared: { name: string; type: string; size: number }[] = [];
    (window as unknown as { shared: typeof shared }).shared = shared;
    Object.defineProperty(navigator, 'canShare', {
      configurable: true,
      value: (data: ShareData) => Boolean(data.files?.length),
    });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        for (const file of data.files ?? [])
          shared.push({ name: file.name, type: file.type, size: file.size });
      },
    });
  });
  await openScheduleOffline(page, context);
  await page.getByRole('button', { name: 'Add to calendar' }).click();
  await expect(
    page.getByText('Shared. Your calendar app adds your bedtimes from there.'),
  ).toBeVisible();
  const shared = await page.evaluate(
    () => (window as unknown as { shared: { name: string; type: string; size: number }[] }).shared,
  );
  expect(shared).toEqual([
    { name: 'lull-bedtime.ics', type: 'text/calendar', size: expect.any(Number) },
  ]);
  expect(shared[0].size).toBeGreaterThan(1000);
});
