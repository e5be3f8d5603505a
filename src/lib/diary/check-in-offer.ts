// The core, not the Preact binding (as src/features/settings/backup-model.ts says): this code
// loads from the entry, and the binding would split Preact out of the entry.
import { effect, signal, type ReadonlySignal, type Signal } from '@preact/signals-core';
import { dateKey } from '../schedule/civil-date';
import { nightDateOf } from '../schedule/nights';
import type { Schedule } from '../schedule/schedule';
import type { JournalEntry } from '../storage/journal';
import type { DiaryGlance } from './diary-glance';
import { isCheckInTime, lastNightOf } from './last-night';

/** What Tonight hands over to learn whether to ask "How did you sleep?". */
export interface CheckInOfferInputs {
  schedule: ReadonlySignal<Schedule>;
  /** The clock, to the minute: the offer changes no more often. */
  minuteNow: ReadonlySignal<number>;
  zone: ReadonlySignal<string>;
  /** The routine's record: a wind-down last night makes the question worth asking. */
  entries: ReadonlySignal<readonly JournalEntry[]>;
  /** Set here: true while Tonight should offer the check-in. */
  offer: Signal<boolean>;
}

/**
 * Keeps `offer` true from wake time until the wind-down, while last night has no entry, for
 * someone who keeps the diary or wound down with Lull last night (a first visit is not asked
 * about a night Lull had no part in). Looks at the diary again when last night changes.
 * Returns the way to stop.
 */
export function watchCheckInOffer(
  { schedule, minuteNow, zone, entries, offer }: CheckInOfferInputs,
  glance: (night: string) => Promise<DiaryGlance>,
): () => void {
  const seen = signal<(DiaryGlance & { night: string }) | null>(null);
  let stopped = false;
  const stopGlance = effect(() => {
    const night = lastNightOf(minuteNow.value, zone.value);
    if (seen.peek()?.night === night) return;
    void glance(night).then(
      (found) => void (stopped || (seen.value = { night, ...found })),
      () => undefined,
    );
  });
  const stopOffer = effect(() => {
    const night = lastNightOf(minuteNow.value, zone.value);
    const glanced = seen.value;
    const woundDown = () =>
      entries.value.some(
        (entry) =>
          entry.kind === 'routine' && dateKey(nightDateOf(entry.startedAt, zone.value)) === night,
      );
    offer.value =
      glanced?.night === night &&
      !glanced.logged &&
      (glanced.keptLately || woundDown()) &&
      isCheckInTime(schedule.value, minuteNow.value, zone.value);
  });
  return () => {
    stopped = true;
    stopGlance();
    stopOffer();
  };
}
