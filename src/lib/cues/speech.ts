import { currentLocale, type Locale } from '../messages';

/** Says short cue words with a voice that works offline, where the device has one. */
export interface Speaker {
  /** True when an offline voice for the app's language exists. */
  available(): boolean;
  /** Calls `listener` when the list of voices changes (they load late in Chromium). */
  onChange(listener: () => void): () => void;
  say(text: string): void;
  /** Stops anything being said. */
  hush(): void;
}

// Voices name their language loosely: "ru-RU", "ru_RU", "zh-CN", "cmn-Hans-CN", "yue-HK".
const subtags = (tag: string) => tag.toLowerCase().split(/[-_]/);
const chineseBases = ['zh', 'cmn'];
// Simplified Chinese is written in mainland China and Singapore; Taiwan's and Hong Kong's
// voices read it too, though with another standard's sounds, so they come last.
const simplified = ['hans', 'cn', 'sg'];

/** How well a voice fits `locale`: 0 for none, higher for better. */
function fit(voiceLang: string, locale: Locale): number {
  const [base, ...rest] = subtags(voiceLang);
  if (locale !== 'zh-Hans') return base === locale ? 1 : 0;
  if (!chineseBases.includes(base)) return 0;
  if (rest.some((part) => simplified.includes(part))) return 3;
  return rest.length === 0 ? 2 : 1;
}

/**
 * The offline voice to say cue words in `locale` with, or undefined when the device has none:
 * only voices with `localService`, as a network voice would send the words to another origin
 * and fail offline. The best fit wins; among equals the device's default, then the first.
 */
export function voiceFor(
  voices: readonly SpeechSynthesisVoice[],
  locale: Locale,
): SpeechSynthesisVoice | undefined {
  let best: SpeechSynthesisVoice | undefined;
  let bestScore = 0;
  for (const candidate of voices) {
    if (!candidate.localService) continue;
    const score = fit(candidate.lang, locale) * 2 + (candidate.default ? 1 : 0);
    if (fit(candidate.lang, locale) > 0 && score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** The speaker, in the app's language (asked at each word: the language may change). */
export function createSpeaker(
  synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
  language: () => Locale = currentLocale,
): Speaker {
  const voice = () => voiceFor(synth?.getVoices() ?? [], language());

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
