import { computed, signal } from '@preact/signals';
import type { JournalEntry } from '../../lib/storage/journal';
import { tonightAt } from '../../lib/schedule/nights';
import { nightsInARow } from '../../lib/schedule/streak';
import { deviceTimeZone } from '../../lib/schedule/zoned-time';
import { systemClock, type Clock } from '../../lib/time/clock';
import { watchFrames } from '../../lib/time/frames';
import type { Schedule } from '../../lib/schedule/schedule';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import type { CheckInOfferInputs } from '../../lib/diary/check-in-offer';

/** What the Tonight model needs from the world (tests pass fakes). */
export interface TonightDeps {
  settings: SettingsAccess<{ schedule: Schedule }>;
  clock?: Clock;
  timeZone?: () => string;
  frames?: (onFrame: () => void) => () => void;
  /** Decides whether to offer the morning check-in (its code loads late); returns the stop. */
  watchCheckInOffer?: (inputs: CheckInOfferInputs) => () => void;
}

/**
 * Tonight: the next wind-down and bedtime, how long until each, and the nights in a row.
 * Everything is computed from the clock on each frame (nothing while hidden), so a tab that
 * slept, or a clock that jumped, shows the right time at once. The zone is read again each
 * second, so a trip moves the schedule to the new local time.
 */
export function createTonightModel({
  settings,
  clock = systemClock,
  timeZone = deviceTimeZone,
  frames = watchFrames,
  watchCheckInOffer,
}: TonightDeps) {
  const now = signal(clock.now());
  const zone = signal(timeZone());
  const entries = signal<JournalEntry[]>([]);
  // Whole minutes since the epoch: the run of nights changes at most this often.
  const minute = computed(() => Math.floor(now.value / 60_000));

  const tonight = computed(() =>
    tonightAt(settings.settings.value.schedule, now.value, zone.value),
  );
  const offerCheckIn = signal(false);
  const streak = computed(() => {
    void minute.value;
    return nightsInARow(entries.value, now.peek(), zone.value);
  });

  const onFrame = () => {
    const time = clock.now();
    // Only a new second changes what is shown; skip the work on the frames between.
    if (Math.floor(time / 1000) === Math.floor(now.peek() / 1000)) return;
    zone.value = timeZone();
    now.value = time;
  };

  return {
    tonight,
    phase: computed(() => tonight.value.phase),
    /** Ms until the wind-down starts (0 or less once it has). */
    windDownInMs: computed(() => tonight.value.next.windDownAt - now.value),
    bedtimeInMs: computed(() => tonight.value.next.bedtimeAt - now.value),
    zone,
    nightsInARow: streak,
    /** Whether to offer the morning check-in about last night, first on the screen. */
    offerCheckIn,
    /** Starts following the clock, reads the journal and the diary; returns the way to stop. */
    start(): () => void {
      let stopped = false;
      const stopFrames = frames(onFrame);
      const stopOffer = watchCheckInOffer?.({
        schedule: computed(() => settings.settings.value.schedule),
        minuteNow: computed(() => minute.value * 60_000),
        zone,
        entries,
        offer: offerCheckIn,
      });
      void settings.journal.list().then((list) => {
        if (!stopped) entries.value = list;
      });
      return () => {
        stopped = true;
        stopFrames();
        stopOffer?.();
      };
    },
  };
}

/** The Tonight model's interface. */
export type TonightModel = ReturnType<typeof createTonightModel>;
