import { describe, expect, it, vi } from 'vitest';
import { createSpeaker } from '../../../src/lib/cues/speech';

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
