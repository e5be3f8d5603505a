import { test, expect } from './support/fixtures';
import { storeLanguage } from './support/language';
import { layoutFaults } from './support/layout-faults';
import { speakPseudoLanguage } from './support/pseudo-language';
import { screenVisits, seedTwoWeeks, visit } from './support/screens';

// Russian runs about 30% longer than English, Chinese wraps without spaces, and people enlarge
// their text. On a 320 px and a 390 px phone, and with the text at 200%, no words on any screen
// may be cut off, overlap, or run out of their box, in any language. The pseudo-language is
// longer than Russian: it stands in for every language still to come.

const languages = ['en', 'ru', 'zh-Hans', 'pseudo'] as const;

/** Each way the screen is seen: its width, and the text size (Chromium's font size setting). */
const views = [
  { name: '320 px', width: 320, textSize: '100%' },
  { name: '390 px', width: 390, textSize: '100%' },
  { name: '390 px, text at 200%', width: 390, textSize: '200%' },
];

/**
 * Known, and left for a control that can wrap its words (radio buttons, or a customizable
 * select): a native select shows its choice on one line, and two choices are longer than a
 * phone's line in large text or a long language ("10 minutes before bedtime", a routine step's
 * name). The select already takes the whole line there; opening it shows each choice in full.
 */
const knownCutSelects: Record<string, RegExp> = {
  '/schedule': /^select\.schedule-select .* cuts what it shows/,
  '/routine, changing it': /^select .* cuts what it shows/,
};

for (const language of languages) {
  test(`no text overflows on any screen in ${language}, at 320 and 390 px and at 200% text`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    if (language === 'pseudo') await speakPseudoLanguage(page);
    await page.goto('/about');
    await seedTwoWeeks(page);
    if (language !== 'pseudo') await storeLanguage(page, language);
    const found: Record<string, string[]> = {};
    for (const screen of screenVisits) {
      await page.setViewportSize({ width: 390, height: 844 });
      await visit(page, screen);
      for (const view of views) {
        await page.setViewportSize({ width: view.width, height: 844 });
        await page.evaluate((size) => {
          document.documentElement.style.fontSize = size;
        }, view.textSize);
        const known = knownCutSelects[screen.name];
        const faults = (await layoutFaults(page)).filter((fault) => !known?.test(fault));
        if (faults.length) found[`${screen.name} at ${view.name}`] = faults;
      }
    }
    expect(found, `text that does not fit, in ${language}`).toEqual({});
  });
}
