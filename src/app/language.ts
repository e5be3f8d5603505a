import { effect, signal } from '@preact/signals';
import { holdLocaleIn, type Locale } from '../lib/messages';
import { localeFor, speakLanguage } from './translations';
import type { AppSettings } from './settings-schema';

// From the first render on, every text read subscribes to the language.
holdLocaleIn(signal<Locale>('en'));

/**
 * Keeps Lull speaking the language its settings ask for ('system': the device's, followed when
 * the device's change). `spoken` settles once the first is loaded, so the first screen renders
 * in it; a failed load leaves Lull in English rather than never starting.
 */
export function followLanguage(settings: AppSettings) {
  const device = signal(navigator.languages);
  const onDeviceChange = () => (device.value = navigator.languages);
  addEventListener('languagechange', onDeviceChange);
  let spoken: Promise<void> = Promise.resolve();
  let first = true;
  const stop = effect(() => {
    const speaking = speakLanguage(
      localeFor(settings.settings.value.appearance.language, device.value),
    ).catch(() => undefined);
    if (first) spoken = speaking;
    first = false;
  });
  return {
    spoken,
    dispose() {
      stop();
      removeEventListener('languagechange', onDeviceChange);
    },
  };
}
