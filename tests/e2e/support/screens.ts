import type { Page } from '@playwright/test';
import { appRoutes } from './fixtures';
import { nightsEnding, seedNights } from './diary';

/** One screen, or a state of one reached from it, found without reading a word (any language). */
export interface ScreenVisit {
  name: string;
  path: string;
  /** What a person does on the screen to reach this state. */
  then?: (page: Page) => Promise<void>;
}

const click = (selector: string) => (page: Page) =>
  page.locator(selector).first().click({ timeout: 5000 });

/** Every screen, and the states of them that show words of their own. */
export const screenVisits: ScreenVisit[] = [
  ...appRoutes.map((path) => ({ name: path, path })),
  { name: '/breathe, breathing', path: '/breathe', then: click('.breath-start') },
  // Before a stretch or the routine starts: once started, each comes back where it was.
  { name: '/stretch, cramp right now', path: '/stretch', then: click('.stretch-cramp') },
  { name: '/stretch, holding', path: '/stretch', then: click('.stretch-start') },
  {
    name: '/routine, changing it',
    path: '/routine',
    then: click('main button[data-variant="secondary"]'),
  },
  { name: '/routine, first step', path: '/routine', then: click('.routine-start') },
  {
    name: '/check-in, changing times',
    path: '/check-in',
    then: click('main button[data-variant="quiet"]'),
  },
];

/** Two weeks in the diary up to last night, so /nights and the check-in have nights to show. */
export async function seedTwoWeeks(page: Page): Promise<void> {
  const lastNight = new Date(Date.now() - 86_400_000);
  const key = [lastNight.getFullYear(), lastNight.getMonth() + 1, lastNight.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  await seedNights(
    page,
    nightsEnding(key, 14, (index) => ({
      jerks: index % 3 === 0 ? 'a-few' : 'none',
      cramp: index === 5 ? 'one' : 'none',
      crampLeg: index === 5 ? 'left' : null,
      factors: index % 4 === 0 ? ['caffeine-late', 'busy-mind'] : [],
    })),
  );
}

/** Opens a screen (in a page already on Lull) and waits until Lull shows it, settled. */
export async function visit(page: Page, screen: ScreenVisit): Promise<void> {
  await page.goto(screen.path);
  await page.waitForFunction(
    () =>
      document.querySelector('main h1')?.textContent?.trim() &&
      document.getElementById('app')?.style.visibility === '' &&
      // Tonight is Lull's once its countdown is filled in (the painted page leaves it empty).
      (location.pathname !== '/' || document.querySelector('.tonight-main')?.textContent?.trim()),
  );
  if (screen.then) await screen.then(page);
  // Fades and the first frames of a running timer settle.
  await page.waitForTimeout(250);
}
