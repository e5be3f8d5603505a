import { messages } from '../../lib/messages';

/** Words of the About page. Health wording follows CONTENT.md and its "never say" list. */
export const t = messages('features/about/messages', {
  en: {
    title: 'About Lull',
    'what.heading': 'What Lull is for',
    'what.body':
      'Lull walks you through a short, calm wind-down each night: a checklist of sleep habits, gentle calf stretches, slow breathing, then soft sounds that fade as you fall asleep.',
    'jerks.heading': 'Twitches as you drift off',
    'jerks.body':
      'A sudden jerk or a feeling of falling just as you drop off is common. Most people have one now and then, and an occasional one is normal and harmless.',
    'jerks.more':
      'They come more often with stress and a busy mind at bedtime, being overtired, an irregular sleep schedule, caffeine late in the day, nicotine, alcohol, a heavy meal or hard exercise late in the evening, cold feet, an awkward sleeping position, and too little to drink during the day.',
    'cramps.heading': 'Night calf cramps',
    'cramps.body':
      'Night leg cramps are usually in the calf. Gently stretching the calf and foot muscles before bed is a common way to make them less likely. During a cramp, straighten the leg and pull your toes toward your shin, massage the muscle, or stand and press your heel into the floor.',
    'doctor.heading': 'When to talk to a doctor',
    'doctor.intro': 'It is worth seeing a doctor if you have:',
    'doctor.nightly': 'twitches or jerks that come night after night and keep waking you;',
    'doctor.daytime': 'jerks or twitching while you are awake during the day as well;',
    'doctor.withSymptoms': 'twitching together with headache, dizziness, weakness or numbness;',
    'doctor.restless':
      'an urge to move your legs with unpleasant feelings in them in the evening, or cramps that are frequent and severe;',
    'doctor.weeks': 'poor sleep that goes on for weeks.',
    notMedical:
      'Lull offers general wellness guidance. It is not a medical device and does not diagnose or treat any condition.',
    'privacy.heading': 'Privacy',
    'privacy.body':
      'Everything you set and do in Lull stays on this device. Lull has no accounts, no analytics and no ads, and after the first visit it works with no connection at all. Only if you ask to be reminded while Lull is closed does it send Lull’s server what a reminder needs: its times and your time zone.',
    'version.heading': 'Version',
    'version.value': 'Lull {version}',
    'storage.heading': 'Storage',
  },
});
