import type { Page } from '@playwright/test';

/**
 * The pseudo-language: English from the catalogs, each vowel doubled and accented (about 40%
 * longer, like Russian at its longest), the whole message in [brackets]. Placeholders stay as
 * they are, so what fills them (numbers, times, names) is shown unchanged inside the brackets.
 * Self-contained: it runs in the page, installed before any of Lull's code.
 */
export function pseudoLanguage(template: string): string {
  const accented: Record<string, string> = {
    a: 'àá',
    e: 'éè',
    i: 'îï',
    o: 'öó',
    u: 'üú',
    y: 'ýÿ',
    A: 'ÀÁ',
    E: 'ÉÈ',
    I: 'ÎÏ',
    O: 'ÖÓ',
    U: 'ÜÚ',
    Y: 'ÝŸ',
  };
  return `[${template.replace(/\{\w+\}|[aeiouy]/gi, (part) => accented[part] ?? part)}]`;
}

/** Runs Lull in the pseudo-language in this page from its next load on (src/lib/messages.ts). */
export async function speakPseudoLanguage(page: Page): Promise<void> {
  await page.addInitScript(`window.lullPseudoLanguage = ${pseudoLanguage.toString()};`);
}
