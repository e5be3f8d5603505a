/** Says short cue words with a voice that works offline, where the device has one. */
export interface Speaker {
  /** True when an offline voice for the page's language exists. */
  available(): boolean;
  /** Calls `listener` when the list of voices changes (they load late in Chromium). */
  onChange(listener: () => void): () => void;
  say(text: string): void;
  /** Stops anything being said. */
  hush(): void;
}

const baseLanguage = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The speaker. Only voices with `localService` are used: a network voice would send the words
 * to another origin and fail offline.
 */
export function createSpeaker(
  synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
  language: () => string = () => globalThis.document?.documentElement.lang || 'en',
): Speaker {
  const voice = () => {
    const wanted = baseLanguage(language());
    const local = synth?.getVoices().filter((candidate) => candidate.localService) ?? [];
    return (
      local.find((candidate) => baseLanguage(candidate.lang) === wanted && candidate.default) ??
      local.find((candidate) => baseLanguage(candidate.lang) === wanted)
    );
  };

  return {
    available: () => voice() !== undefined,
    onChange(listener) {
      synth?.addEventListener?.('voiceschanged', listener);
      return () => synth?.removeEventListener?.('voiceschanged', listener);
    },
    say(text) {
      const chosen = voice();
      if (!synth || !chosen || typeof SpeechSynthesisUtterance === 'undefined') return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = chosen;
      utterance.lang = chosen.lang;
      // Slow and a little low: a calm word, not an announcement.
      utterance.rate = 0.8;
      utterance.pitch = 0.9;
      utterance.volume = 0.8;
      synth.speak(utterance);
    },
    hush: () => synth?.cancel(),
  };
}
