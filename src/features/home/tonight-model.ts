import { computed, signal } from '@preact/signals';
import type { JournalEntry } from '../../lib/storage/journal';
import { createTonightAt } from '../../lib/schedule/nights';
import { nightsInARow } from '../../lib/schedule/streak';
import { deviceTimeZone } from '../../lib/schedule/zoned-time';
import { systemClock, type Clock } from '../../lib/time/clock';
import { whileShown } from '../../lib/time/while-shown';
import type { Schedule } from '../../lib/schedule/schedule';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import type { CheckInOfferInputs } from '../../lib/diary/check-in-offer';

/** What the Tonight model needs from the world (tests pass fakes). */
export interface TonightDeps {
  settings: SettingsAccess<{ schedule: Schedule }>;
  clock?: Clock;
  timeZone?: () => string;
  /** Calls back each second while the page is shown; returns the way to stop. */
  ticks?: (onTick: () => void) => () => void;
  /** Decides whether to offer the morning check-in (its code loads late); returns the stop. */
  watchCheckInOffer?: (inputs: CheckInOfferInputs) => () => void;
}

/**
 * Tonight: the next wind-down and bedtime, how long until each, and the nights in a row.
 * Everything is computed from the clock each second (nothing while hidden, and at once when
 * shown again), so a tab that slept, or a clock that jumped, shows the right time within the
 * second. The zone is read again each second, so a trip moves the schedule to the new local
 * time.
 */
export function createTonightModel({
  settings,
  clock = systemClock,
  timeZone = deviceTimeZone,
  ticks,
  watchCheckInOffer,
}: TonightDeps) {
  const now = signal(clock.now());
  const zone = signal(timeZone());
  const entries = signal<JournalEntry[]>([]);
  // Whole minutes since the epoch: the run of nights changes at most this often.
  const minute = computed(() => Math.floor(now.value / 60_000));

  // Asked each second, worked out again only when a moment of the schedule has passed.
  const tonightAt = createTonightAt();
  const tonight = computed(() =>
    tonightAt(settings.settings.value.schedule, now.value, zone.value),
  );
  const offerCheckIn = signal(false);
  const streak = computed(() => {
    void minute.value;
    return nightsInARow(entries.value, now.peek(), zone.value);
  });

  const onTick = () => {
    const time = clock.now();
    // Only a new second changes what is shown (a tick on showing the page may fall in the same).
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
      const stopTicks = (ticks ?? ((tick) => whileShown(tick, 1000, clock)))(onTick);
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
        stopTicks();
        stopOffer?.();
      };
    },
  };
}

/** The Tonight model's interface. */
export type TonightModel = ReturnType<typeof createTonightModel>;
