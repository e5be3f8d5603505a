import { test, expect } from './support/fixtures';
import { speakPseudoLanguage } from './support/pseudo-language';
import { screenVisits, seedTwoWeeks, visit } from './support/screens';
import { unbracketedText } from './support/unbracketed';

// Every word Lull shows comes from a catalog, so that every word can be translated. In the
// pseudo-language each catalog message is bracketed: a visible word outside brackets came from
// somewhere else (a string in a component, text glued by hand).

test('every screen, walked in the pseudo-language, shows no word from outside the catalogs', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await speakPseudoLanguage(page);
  await page.goto('/about');
  await seedTwoWeeks(page);
  const found: Record<string, string[]> = {};
  for (const screen of screenVisits) {
    await visit(page, screen);
    await expect(page.locator('main h1')).toHaveText(/^\[.*\]$/);
    const words = await unbracketedText(page);
    if (words.length) found[screen.name] = words;
  }
  expect(found, 'visible words that no catalog holds').toEqual({});
});
