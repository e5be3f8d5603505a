import { capturedInstallPrompt, isInstalled } from './install-capture';

/** The event Chromium fires when Lull can be installed; not in TypeScript's DOM types. */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** How Lull can be installed here. */
export type InstallOption =
  | { kind: 'installed' }
  | { kind: 'prompt'; event: BeforeInstallPromptEvent }
  | { kind: 'ios-share-sheet' }
  | { kind: 'none' };

/**
 * True for Safari on iOS/iPadOS, which installs only through Share, then Add to Home Screen.
 * Told from features, not the user-agent string: `navigator.standalone` exists only in
 * WebKit on iOS, and touch points tell an iPad from a Mac.
 */
export function isIosSafari(win: Window = window): boolean {
  const nav = win.navigator as Navigator & { standalone?: boolean };
  return 'standalone' in nav && nav.maxTouchPoints > 0 && !('onbeforeinstallprompt' in win);
}

/** Watches for the chance to install; calls `listener` whenever the option changes. */
export function watchInstall(
  listener: (option: InstallOption) => void,
  win: Window = window,
): () => void {
  if (isInstalled(win)) {
    listener({ kind: 'installed' });
    return () => undefined;
  }
  const early = capturedInstallPrompt();
  listener(
    early
      ? { kind: 'prompt', event: early }
      : isIosSafari(win)
        ? { kind: 'ios-share-sheet' }
        : { kind: 'none' },
  );
  const onPrompt = (event: Event) => {
    event.preventDefault();
    listener({ kind: 'prompt', event: event as BeforeInstallPromptEvent });
  };
  const onInstalled = () => listener({ kind: 'installed' });
  win.addEventListener('beforeinstallprompt', onPrompt);
  win.addEventListener('appinstalled', onInstalled);
  return () => {
    win.removeEventListener('beforeinstallprompt', onPrompt);
    win.removeEventListener('appinstalled', onInstalled);
  };
}
