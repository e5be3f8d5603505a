import { computed, signal, type Signal } from '@preact/signals';
import type { CheckInForm } from '../../lib/diary/check-in';
import { onNight } from '../../lib/diary/local-time';

/** The four moments of the night, asked as clock times. */
export const momentFields = ['intoBed', 'triedToSleep', 'finalWaking', 'outOfBed'] as const;
/** One of the night's moments. */
export type MomentField = (typeof momentFields)[number];

/** The times section's answers, in the order the diary asks them. */
export const timeFields = [
  'intoBed',
  'triedToSleep',
  'minutesToFallAsleep',
  'wakings',
  'minutesAwake',
  'finalWaking',
  'outOfBed',
] as const;

/**
 * The night's times: pre-filled answers shown in brief until the person confirms them with one
 * tap, or opens them to change. A pre-filled guess is never saved unseen.
 */
export function createTimesAnswers(form: Signal<CheckInForm>) {
  const expanded = signal(false);
  const confirmed = signal(false);
  /** Save was pressed with the times neither confirmed nor opened. */
  const unconfirmed = signal(false);
  return {
    expanded,
    confirmed,
    unconfirmed,
    /** The person has seen the times: confirmed them, or has the fields open. */
    settled: computed(() => expanded.value || confirmed.value),
    /** A newly opened night: a saved one's times were confirmed when it was saved. */
    reset(known: boolean) {
      expanded.value = false;
      confirmed.value = known;
      unconfirmed.value = false;
    },
    /** "These times are right", ticked or not. */
    setConfirmed(sure: boolean) {
      confirmed.value = sure;
      if (sure) unconfirmed.value = false;
    },
    open() {
      expanded.value = true;
      unconfirmed.value = false;
    },
    flagUnconfirmed(flag: boolean) {
      unconfirmed.value = flag;
    },
    /**
     * The form with a moment set to a clock time, dated as the person means it: a bedtime
     * after midnight is the night before's, a waking before 18:00 the next morning.
     */
    withTime(answers: CheckInForm, field: MomentField, time: string): CheckInForm {
      const kind = field === 'intoBed' || field === 'triedToSleep' ? 'bed' : 'wake';
      return { ...answers, [field]: time ? onNight(form.peek().night, time, kind) : null };
    },
  };
}

/** The times section's state and actions. */
export type TimesAnswers = ReturnType<typeof createTimesAnswers>;
