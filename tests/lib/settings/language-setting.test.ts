import { afterEach, describe, expect, it, vi } from 'vitest';
import { followLanguage } from '../../../src/app/language';
import { settingsSpec } from '../../../src/app/settings-schema';
import { localeFor, speakLanguage } from '../../../src/app/translations';
import { currentLocale, setLocale } from '../../../src/lib/messages';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import { freshStore } from '../../support/stores';

const deviceSpeaks = (languages: string[]) =>
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });

const disposers: (() => void)[] = [];
afterEach(() => {
  disposers.splice(0).forEach((dispose) => dispose());
  deviceSpeaks(['en-US']);
  setLocale('en');
  document.documentElement.lang = 'en';
});

async function settingsStoring(language: unknown) {
  const settings = freshStore();
  await settings.set('settings', { version: 1, data: { appearance: { language } } });
  const model = createSettingsModel(
    settingsSpec,
    { settings, journal: freshStore() },
    { channel: null, debounceMs: 0 },
  );
  disposers.push(() => model.dispose());
  await model.ready;
  return model;
}

describe('the language setting', () => {
  it('means the device’s first language Lull has when set to follow the device', () => {
    expect(localeFor('system', ['de-DE', 'zh-CN', 'en'])).toBe('zh-Hans');
    expect(localeFor('system', ['fr'])).toBe('en');
    expect(localeFor('ru', ['zh-CN'])).toBe('ru');
  });

  it('is read back as stored, and follows the device when the stored value is not a language', async () => {
    expect((await settingsStoring('ru')).settings.value.appearance.language).toBe('ru');
    const damaged = await settingsStoring('klingon');
    expect(damaged.settings.value.appearance.language).toBe('system');
    expect(damaged.resetFields.value).toEqual(['appearance.language']);
  });

  it('speaks the later of two choices when the earlier one’s translations arrive last', async () => {
    const slow = speakLanguage('zh-Hans');
    await speakLanguage('en');
    await slow;
    expect(currentLocale()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('speaks the stored language, then each change of it and of the device’s', async () => {
    deviceSpeaks(['ru-RU']);
    const settings = await settingsStoring('system');
    const language = followLanguage(settings);
    disposers.push(language.dispose);
    await language.spoken;
    expect(currentLocale()).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');

    settings.update('appearance.language', 'zh-Hans');
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('zh-Hans'));
    expect(currentLocale()).toBe('zh-Hans');

    settings.update('appearance.language', 'system');
    deviceSpeaks(['en-GB']);
    dispatchEvent(new Event('languagechange'));
    await vi.waitFor(() => expect(currentLocale()).toBe('en'));
    expect(document.documentElement.lang).toBe('en');
  });
});
