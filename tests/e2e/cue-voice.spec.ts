import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

// The words come from the Russian catalogs: breathing's spoken 'вдох' (features/breathing) and
// the cue settings' voice toggle and no-voice note (features/cues).
const voiceToggle = /^Короткое слово при каждой смене/;
const noVoiceNote = 'На этом устройстве не найден голос, который работает без интернета.';

/**
 * Gives the page offline voices in `languages` and records what is said and how many tones
 * start. Headless Chromium has no voices, and its utterance takes only real voice objects, so
 * both are stand-ins.
 */
async function fakeSpeech(page: Page, languages: string[]) {
  await page.addInitScript((langs) => {
    const record = { spoken: [] as { text: string; lang: string }[], tones: 0 };
    const voices = langs.map((lang) => ({
      lang,
      localService: true,
      default: false,
      name: `Test voice ${lang}`,
      voiceURI: lang,
    }));
    class Utterance {
      voice: unknown = null;
      lang = '';
      rate = 1;
      pitch = 1;
      volume = 1;
      constructor(readonly text: string) {}
    }
    Object.assign(window, { SpeechSynthesisUtterance: Utterance, speechRecord: record });
    Object.assign(speechSynthesis, {
      getVoices: () => voices,
      speak: (utterance: Utterance) =>
        record.spoken.push({ text: utterance.text, lang: utterance.lang }),
      cancel: () => undefined,
    });
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
      record.tones += 1;
      return start.call(this, when);
    };
  }, languages);
}

type SpeechRecord = { spoken: { text: string; lang: string }[]; tones: number };
const speechRecord = (page: Page) =>
  page.evaluate(() => (window as unknown as { speechRecord: SpeechRecord }).speechRecord);

/** Lull in Russian (chosen in Settings, as a person would), on Settings' cues. */
async function inRussian(page: Page) {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Русский' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
}

test('breathing in Russian with a Russian voice says the Russian words', async ({ page }) => {
  await fakeSpeech(page, ['en-US', 'ru-RU']);
  await inRussian(page);
  await page.getByRole('checkbox', { name: voiceToggle }).check();
  await expect(page.getByText(noVoiceNote)).toHaveCount(0);
  await page.goto('/breathe');
  await page.getByRole('button', { name: 'Начать' }).click();
  await expect
    .poll(async () => (await speechRecord(page)).spoken[0])
    .toEqual({
      text: 'вдох',
      lang: 'ru-RU',
    });
});

test('breathing in Russian with no Russian voice plays the tone and says so', async ({ page }) => {
  await fakeSpeech(page, ['en-US']);
  // The voice was turned on while Lull spoke English, which has a voice here.
  await page.goto('/settings');
  await page.getByRole('checkbox', { name: /^Say a short word at each change/ }).check();
  await page.getByRole('radio', { name: 'Русский' }).check();
  await expect(page.getByRole('checkbox', { name: voiceToggle })).toBeChecked();
  await expect(page.getByText(noVoiceNote)).toBeVisible();
  await page.goto('/breathe');
  await page.getByRole('button', { name: 'Начать' }).click();
  await expect.poll(async () => (await speechRecord(page)).tones).toBeGreaterThan(0);
  expect((await speechRecord(page)).spoken, 'no English voice reads Russian words').toEqual([]);
});
