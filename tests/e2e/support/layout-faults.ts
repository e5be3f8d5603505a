import type { Page } from '@playwright/test';

/**
 * Text that does not fit where it is shown: a box whose text is wider than the box (cut off,
 * or scrolling where nothing should), text drawn outside its box, anything past the screen's
 * edge, and boxes with text that overlap a sibling. Scroll areas made to scroll (overflow auto or
 * scroll: the diary's table) and text kept for screen readers only are left out.
 */
export function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults = new Set<string>();
    const screenWidth = document.documentElement.clientWidth;
    const label = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).trim().replace(/\s+/g, '.')}` : ''} "${(element instanceof HTMLInputElement ? element.value : (element.textContent ?? '')).trim().slice(0, 40)}"`;
    const ownText = (element: Element) =>
      Array.from(element.childNodes).filter(
        (node) => node.nodeType === Node.TEXT_NODE && /\S/.test(node.nodeValue ?? ''),
      ) as Text[];
    // Text for screen readers sits in a 1 px box (.visually-hidden): never seen, never cut.
    const screenReaderOnly = (element: Element) => {
      for (let up: Element | null = element; up; up = up.parentElement) {
        const rect = up.getBoundingClientRect();
        if (rect.width <= 1 || rect.height <= 1) return true;
      }
      return false;
    };
    const inScrollArea = (element: Element) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement)
        if (['auto', 'scroll'].includes(getComputedStyle(up).overflowX)) return true;
      return false;
    };
    if (document.documentElement.scrollWidth > screenWidth + 1)
      faults.add(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);

    const shown = Array.from(document.body.querySelectorAll('*')).filter(
      (element): element is HTMLElement =>
        element instanceof HTMLElement &&
        !element.closest('script, style, noscript, template') &&
        element.checkVisibility({ visibilityProperty: true }) &&
        !screenReaderOnly(element),
    );
    const withText = new Set<Element>();
    for (const element of shown) {
      const text = ownText(element);
      const field = element.matches(
        'input:not([type="checkbox"], [type="radio"], [type="range"], [type="color"]), select, textarea, button',
      );
      if (!text.length && !field) continue;
      withText.add(element);
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      const scrolls = ['auto', 'scroll'].includes(style.overflowX);
      if (!style.display.startsWith('inline') || field) {
        if (element.scrollWidth > element.clientWidth + 1 && !scrolls)
          faults.add(
            `${label(element)} is wider than its box (${element.scrollWidth} > ${element.clientWidth} px)`,
          );
      }
      for (const node of text) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const drawn = range.getBoundingClientRect();
        if (drawn.right > box.right + 1 || drawn.left < box.left - 1)
          faults.add(`${label(element)}: its text runs out of its box`);
      }
      // A time, a number or a choice too wide for its field is cut where it shows (a time field
      // drew "11:00 PM" as "11:00 PN"), so its field would need to be wider: measured on a copy
      // that sizes itself to what it holds.
      if (element.matches('input[type="time"], input[type="date"], input[type="number"], select')) {
        const copy = element.cloneNode(true) as HTMLInputElement;
        if (element instanceof HTMLInputElement) copy.value = element.value;
        copy.removeAttribute('id');
        copy.style.cssText =
          'field-sizing: content; width: auto; min-width: 0; max-width: none; position: absolute; visibility: hidden';
        element.after(copy);
        const needed = copy.offsetWidth;
        copy.remove();
        if (needed > element.offsetWidth + 1)
          faults.add(
            `${label(element)} cuts what it shows (${needed} > ${element.offsetWidth} px)`,
          );
      }
      const scrolledAlong = inScrollArea(element);
      if (!scrolledAlong && (box.right > screenWidth + 1 || box.left < -1))
        faults.add(`${label(element)} runs past the edge of the screen`);
    }
    // Siblings with text that overlap: cheap to find, and where squeezed words end up.
    for (const element of withText) {
      const parent = element.parentElement;
      if (!parent || ['absolute', 'fixed'].includes(getComputedStyle(element).position)) continue;
      const box = element.getBoundingClientRect();
      for (const sibling of Array.from(parent.children)) {
        if (sibling === element || !withText.has(sibling)) continue;
        if (sibling.compareDocumentPosition(element) !== Node.DOCUMENT_POSITION_FOLLOWING) continue;
        if (['absolute', 'fixed'].includes(getComputedStyle(sibling).position)) continue;
        const other = sibling.getBoundingClientRect();
        const across = Math.min(box.right, other.right) - Math.max(box.left, other.left);
        const down = Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top);
        if (across > 2 && down > 2) faults.add(`${label(sibling)} and ${label(element)} overlap`);
      }
    }
    return [...faults];
  });
}
