import { messages } from '../../lib/messages';

/** Words of the cue settings: how the timers tell a person that a change has come. */
export const t = messages('features/cues/messages', {
  en: {
    heading: 'Cues',
    about: 'How the breathing timer and the stretches tell you a change has come.',
    tone: 'A soft tone at each change',
    toneVolume: 'Tone volume',
    sample: 'Play a sample tone',
    vibrate: 'Vibrate at each change',
    vibrateMissing: 'This device or browser cannot vibrate.',
    voice: 'Say a short word at each change (“in”, “hold”, “switch legs”)',
    voiceMissing: 'No voice that works offline was found on this device.',
    still: 'Breathing guide without movement',
    stillHint: 'Large words and a slowly filling bar instead of a growing circle.',
  },
});
