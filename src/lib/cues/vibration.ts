/** Vibrates where the browser can (Android Chrome); elsewhere does nothing. Never throws. */
export function vibrate(
  pattern: number | number[],
  nav: Navigator | undefined = globalThis.navigator,
): boolean {
  if (!nav || typeof nav.vibrate !== 'function') return false;
  try {
    return nav.vibrate(pattern);
  } catch {
    return false;
  }
}

/** Whether this browser can vibrate at all. */
export function canVibrate(nav: Navigator | undefined = globalThis.navigator): boolean {
  return typeof nav?.vibrate === 'function';
}
