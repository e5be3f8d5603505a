import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../src/lib/messages';
import { createSpeaker, voiceFor } from '../../../src/lib/cues/speech';

const voice = (lang: string, localService: boolean, isDefault = false) =>
  ({ lang, localService, default: isDefault, name: lang, voiceURI: lang }) as SpeechSynthesisVoice;

function fakeSynth(voices: SpeechSynthesisVoice[]) {
  return {
    getVoices: () => voices,
    speak: vi.fn(),
    cancel: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  } as unknown as SpeechSynthesis & { speak: ReturnType<typeof vi.fn> };
}

// happy-dom has no speech synthesis: a stand-in utterance that keeps what it is given.
class Utterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  pitch = 1;
  volume = 1;
  constructor(readonly text: string) {}
}
vi.stubGlobal('SpeechSynthesisUtterance', Utterance);

describe('speaker', () => {
  it('speaks only with a voice that works offline, in the page language', () => {
    const synth = fakeSynth([
      voice('en-US', false, true),
      voice('de-DE', true),
      voice('en-GB', true),
    ]);
    const speaker = createSpeaker(synth, () => 'en');
    expect(speaker.available()).toBe(true);
    speaker.say('in');
    const utterance = synth.speak.mock.calls[0][0] as SpeechSynthesisUtterance;
    expect(utterance.text).toBe('in');
    expect(utterance.voice?.lang).toBe('en-GB');
    expect(utterance.rate).toBeLessThan(1);
  });

  it('stays silent where only network voices exist, or no speech at all', () => {
    const synth = fakeSynth([voice('en-US', false)]);
    const speaker = createSpeaker(synth, () => 'en');
    expect(speaker.available()).toBe(false);
    speaker.say('hold');
    expect(synth.speak).not.toHaveBeenCalled();
    const none = createSpeaker(undefined, () => 'en');
    expect(none.available()).toBe(false);
    expect(() => none.say('out')).not.toThrow();
  });
});

describe('the voice for the app’s language', () => {
  const voices = [
    voice('en-US', true, true),
    voice('ru-RU', false),
    voice('zh-TW', true),
    voice('zh', true),
    voice('zh-CN', true),
    voice('cmn-Hans-SG', true),
    voice('ru_RU', true),
    voice('uk-UA', true),
  ];

  it.each([
    ['en', voices, 'en-US'],
    ['ru', voices, 'ru_RU'],
    ['ru', [voice('ru-RU', false), voice('uk-UA', true)], undefined],
    ['zh-Hans', voices, 'zh-CN'],
    ['zh-Hans', [voice('zh-TW', true), voice('cmn-Hans-SG', true)], 'cmn-Hans-SG'],
    ['zh-Hans', [voice('zh-TW', true), voice('zh', true)], 'zh'],
    ['zh-Hans', [voice('zh-HK', true)], 'zh-HK'],
    ['zh-Hans', [voice('zh-CN', true), voice('zh-CN', true, true)], 'zh-CN'],
    ['zh-Hans', [voice('ja-JP', true)], undefined],
  ] as const)('in %s picks %#', (locale, available, wanted) => {
    expect(voiceFor(available, locale)?.lang).toBe(wanted);
  });

  it('prefers the device’s default among equals', () => {
    const chosen = voiceFor([voice('ru-RU', true), voice('ru-RU', true, true)], 'ru');
    expect(chosen?.default).toBe(true);
  });

  it('speaks in the language of the moment, and not at all without its voice', () => {
    const synth = fakeSynth([voice('en-GB', true), voice('ru-RU', true)]);
    let locale: Locale = 'ru';
    const speaker = createSpeaker(synth, () => locale);
    speaker.say('вдох');
    const utterance = synth.speak.mock.calls[0][0] as SpeechSynthesisUtterance;
    expect([utterance.text, utterance.lang]).toEqual(['вдох', 'ru-RU']);
    locale = 'zh-Hans';
    expect(speaker.available()).toBe(false);
    speaker.say('吸气');
    expect(synth.speak).toHaveBeenCalledTimes(1);
  });
});
