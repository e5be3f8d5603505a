import { messages } from '../messages';

/**
 * The diary's words, shared by the check-in, /nights, Tonight and the CSV export. Patterns are
 * observations with counts, never causes; the doctor note is plain, never an alarm (CONTENT.md).
 */
export const t = messages('lib/diary/messages', {
  en: {
    'problem.required': 'Please answer this one.',
    'problem.wholeMinutes': 'Please give whole minutes, up to 24 hours.',
    'problem.wakingsCount': 'Please give a whole number, from 0 to 99.',
    'problem.unknownNight': 'This night cannot be saved. Please choose the night again.',
    'problem.intoBedOtherNight':
      'This is a different night: going to bed after midnight still counts as the night before.',
    'problem.triedBeforeIntoBed':
      'Trying to sleep comes after getting into bed. Please check the times.',
    'problem.finalWakingBeforeTried':
      'The final waking comes after trying to sleep. Please check the times.',
    'problem.finalWakingAfterOutOfBed':
      'The final waking comes before getting out of bed. Please check the times.',
    'problem.outOfBedBeforeIntoBed':
      'Getting out of bed comes after getting into bed. Please check the times.',
    'problem.nightTooLong': 'This is more than 24 hours in bed. Please check the dates.',
    'problem.fallAsleepLongerThanNight':
      'Falling asleep took longer than the time from trying to sleep to your final waking.',
    'problem.wakingsLongerThanNight':
      'The wakings add up to more than the time between falling asleep and your final waking.',
    'problem.awakeWithoutWakings': 'You said you did not wake up. Set how many times you woke.',
    'problem.inTheFuture': 'This time has not come yet.',
    'problem.wokeWithoutJerk': 'You said there were no jerks. Set how many there were.',
    'problem.legWithoutCramp': 'You said there was no cramp. Set how many there were.',
    'problem.noteTooLong': 'Please keep the comment to 500 characters.',

    'with.caffeine-late': 'with caffeine after about 14:00',
    'with.alcohol': 'with alcohol',
    'with.nicotine': 'with nicotine',
    'with.heavy-late-meal': 'with a heavy meal late in the evening',
    'with.hard-late-exercise': 'with hard exercise late in the evening',
    'with.busy-mind': 'with a stressful or busy-minded evening',
    'with.cold-feet': 'with cold feet',
    'did.stretches': 'did the calf stretches',
    'did.breathing': 'did the breathing',
    'pattern.jerk-woke.factor':
      'A jerk woke you on {withCount} of the {withNights} nights {with}, and on {withoutCount} of the {withoutNights} nights without.',
    'pattern.jerk-woke.step':
      'A jerk woke you on {withCount} of the {withNights} nights you {did}, and on {withoutCount} of the {withoutNights} nights you did not.',
    'pattern.cramp.factor':
      'You had a cramp on {withCount} of the {withNights} nights {with}, and on {withoutCount} of the {withoutNights} nights without.',
    'pattern.cramp.step':
      'You had a cramp on {withCount} of the {withNights} nights you {did}, and on {withoutCount} of the {withoutNights} nights you did not.',
    'pattern.tryAWeekWithout': 'If you like, try a week without it and see how your nights go.',

    'doctor.jerksWaking': 'A jerk woke you on {count} of your last {of} logged nights.',
    'doctor.daytimeTwitching':
      'You had twitching during the day on {count} of your last {of} logged days.',
    'doctor.cramps': 'You had a cramp on {count} of your last {of} logged nights.',
    'doctor.poorSleep': 'Your sleep has been poor on most nights for three weeks.',
    'doctor.advice':
      'When this goes on, it is worth talking to a doctor. The summary of your nights can help.',

    'csv.night': 'Night of (evening date)',
    'csv.timeZone': 'Time zone',
    'csv.intoBed': 'What time did you get into bed?',
    'csv.triedToSleep': 'What time did you try to go to sleep?',
    'csv.minutesToFallAsleep': 'How long did it take you to fall asleep? (minutes)',
    'csv.wakings': 'How many times did you wake up, not counting the final time?',
    'csv.minutesAwake': 'In total, how long did those wakings last? (minutes)',
    'csv.finalWaking': 'What time was your final awakening?',
    'csv.outOfBed': 'What time did you get out of bed?',
    'csv.quality': 'How would you rate the quality of your sleep?',
    'csv.rested': 'How rested did you feel on waking?',
    'csv.jerks': 'Jerks or a falling feeling as you dropped off',
    'csv.jerkWokeMe': 'Did a jerk wake you?',
    'csv.cramp': 'Calf or foot cramp in the night',
    'csv.crampLeg': 'Which leg?',
    'csv.daytimeTwitching': 'Twitching while awake during the day',
    'csv.factor': 'Night {with}',
    'csv.windDownDone': 'Wind-down steps done',
    'csv.note': 'Comments',
    'csv.savedAt': 'Saved at',
    'csv.timeInBed': 'Time in bed (minutes)',
    'csv.totalSleep': 'Total sleep time (minutes)',
    'csv.efficiency': 'Sleep efficiency (%)',
  },
});
