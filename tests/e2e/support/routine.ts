import type { Page } from '@playwright/test';

/** Seconds left in the whole stretch sequence, as the hosted stretch runner shows them. */
export async function stretchSecondsLeft(page: Page): Promise<number> {
  const text = await page.getByText(/left in all$/).textContent();
  const [, minutes, seconds] = /(\d+):(\d\d)/.exec(text ?? '') ?? [];
  return Number(minutes) * 60 + Number(seconds);
}
