let settle: () => void = () => undefined;

/**
 * Settles once the first screen has painted. Work that screen does not show (the update check,
 * reminders, the install offer) waits for it, so on a slow phone nothing else is downloading or
 * running while the person waits for the screen they opened.
 */
export const firstScreenShown: Promise<void> = new Promise((resolve) => (settle = resolve));

/**
 * The shell calls this when its first screen (or the message that stands in for it) has
 * rendered. It settles `firstScreenShown` after the next frame has painted.
 */
export function markFirstScreenRendered(win: Pick<Window, 'requestAnimationFrame'> = window): void {
  // A frame callback runs just before the paint; a task queued from it runs just after.
  win.requestAnimationFrame(() => setTimeout(settle, 0));
}
