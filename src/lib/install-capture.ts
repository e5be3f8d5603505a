import type { BeforeInstallPromptEvent } from './install';

let captured: BeforeInstallPromptEvent | null = null;

/**
 * Keeps Chromium's install prompt from the moment the page starts, so the install offer can
 * load later (it is not in the first-load JS) without missing an event fired before it did.
 */
export function captureInstallPrompt(win: Window = window): void {
  win.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    captured = event as BeforeInstallPromptEvent;
  });
  win.addEventListener('appinstalled', () => (captured = null));
}

/** The install prompt fired before anyone listened, if any. */
export function capturedInstallPrompt(): BeforeInstallPromptEvent | null {
  return captured;
}

/** True when Lull runs from the home screen rather than a browser tab (false with no window). */
export function isInstalled(win: Window | undefined = globalThis.window): boolean {
  if (!win) return false;
  return (
    win.matchMedia?.('(display-mode: standalone)').matches === true ||
    (win.navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}
