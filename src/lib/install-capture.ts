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
