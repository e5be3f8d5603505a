import type { Page } from '@playwright/test';

/**
 * The visible words on the page that no catalog message holds, in the pseudo-language: every
 * letter of a visible text node must sit inside [brackets], counted across the text of its
 * block (a message may be split by inline markup). Words in `own` (what the person typed, the
 * names of their own sounds) are left out, and so is text marked as another language (`lang`
 * on an element inside the page: the language choices, each named in its own). What Intl writes around numbers, times and lists in
 * the page's language ("PM", "min", ", and") is no catalog's: it passes too.
 */
export function unbracketedText(page: Page, own: readonly string[] = []): Promise<string[]> {
  return page.evaluate((own) => {
    const found = new Set<string>();
    const language = document.documentElement.lang || 'en';
    const intlWords = new Set<string>();
    const wordsOf = (text: string) => text.split(/[^\p{L}]+/u).filter(Boolean);
    const noteWords = (text: string) => wordsOf(text).forEach((word) => intlWords.add(word));
    for (const hour of [1, 13])
      noteWords(
        new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(
          new Date(2026, 0, 1, hour),
        ),
      );
    for (const unit of ['second', 'minute', 'hour'])
      for (const unitDisplay of ['long', 'short', 'narrow'] as const)
        for (const count of [1, 2, 5])
          noteWords(
            new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay }).format(count),
          );
    for (const style of ['long', 'short', 'narrow'] as const) {
      const names = new Intl.DateTimeFormat(language, { weekday: style, month: style });
      // Seven days in a row, then the first of each month: every weekday and month name.
      for (let day = 1; day <= 7; day += 1) noteWords(names.format(new Date(2026, 0, day)));
      for (let month = 0; month < 12; month += 1) noteWords(names.format(new Date(2026, month)));
    }
    for (const type of ['conjunction', 'disjunction', 'unit'] as const)
      noteWords(new Intl.ListFormat(language, { type }).format(['1', '2', '3']));
    const blockOf = (element: Element): Element => {
      let block = element;
      while (block.parentElement && getComputedStyle(block).display.startsWith('inline'))
        block = block.parentElement;
      return block;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      const element = node.parentElement;
      if (!/\p{L}/u.test(text) || !element || element.closest('script, style, noscript')) continue;
      if (element.closest('body [lang]')) continue;
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const block = blockOf(element);
      // Where the node starts in its block's text, and how deep in brackets each letter is.
      const inBlock = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let before = '';
      for (let other = inBlock.nextNode(); other && other !== node; other = inBlock.nextNode())
        before += other.nodeValue ?? '';
      let depth = 0;
      for (const char of before) depth += char === '[' ? 1 : char === ']' ? -1 : 0;
      let outside = '';
      for (const char of text) {
        if (char === '[') depth += 1;
        else if (char === ']') depth -= 1;
        else outside += depth > 0 ? ' ' : char;
      }
      for (const word of own) outside = outside.replaceAll(word, ' ');
      if (wordsOf(outside).some((word) => !intlWords.has(word)))
        found.add(outside.trim().replace(/\s+/g, ' '));
    }
    // Words a person reads that are not text nodes: placeholders and button values.
    for (const field of Array.from(
      document.querySelectorAll('input[placeholder], textarea[placeholder]'),
    )) {
      const placeholder = field.getAttribute('placeholder') ?? '';
      if (field.checkVisibility() && /\p{L}/u.test(placeholder) && !/^\[.*\]$/su.test(placeholder))
        found.add(placeholder);
    }
    return [...found];
  }, own);
}
