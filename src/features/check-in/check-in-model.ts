import { batch, computed, signal } from '@preact/signals';
import {
  checkIn,
  emptyCheckIn,
  type CheckInField,
  type CheckInForm,
  type CheckInProblem,
} from '../../lib/diary/check-in';
import type { DiaryStore } from '../../lib/diary/diary-store';
import { isUnreadable, type NightEntry } from '../../lib/diary/night-entry';
import type { Schedule } from '../../lib/schedule/schedule';
import { deviceTimeZone } from '../../lib/schedule/zoned-time';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import { systemClock, type Clock } from '../../lib/time/clock';
import { formOfNight, nightToOpen, prefillCheckIn } from './check-in-prefill';
import { createTimesAnswers, timeFields, type MomentField } from './times-answers';

/** What the check-in needs from the world (tests pass fakes). */
export interface CheckInDeps {
  diary: Pick<DiaryStore, 'get' | 'all' | 'save'>;
  settings: SettingsAccess<{ schedule: Schedule }>;
  clock?: Clock;
  timeZone?: () => string;
}

/** Where the screen stands: opening a night, its form, or why that night cannot be filled in. */
export type CheckInView = 'loading' | 'form' | 'notOver' | 'unknown';

/** A field a problem is shown beside, in the order the screen shows them ('times': confirm). */
export type ProblemField = CheckInField | 'times';
const fieldOrder: readonly ProblemField[] = ['night', 'times', ...timeFields, 'quality'];
const laterFields: readonly CheckInField[] = ['jerkWokeMe', 'crampLeg', 'note'];

/**
 * The morning check-in: one night's diary entry, pre-filled from the schedule and the routine's
 * record, or loaded to edit. Nothing is saved until every answer can be true; then the first
 * problem is where the screen puts focus.
 */
export function createCheckInModel({
  diary,
  settings,
  clock = systemClock,
  timeZone = deviceTimeZone,
}: CheckInDeps) {
  const view = signal<CheckInView>('loading');
  const form = signal<CheckInForm>(emptyCheckIn('1970-01-01', 'UTC'));
  const problems = signal<Partial<Record<CheckInField, CheckInProblem>>>({});
  const saving = signal(false);
  const saved = signal(false);
  /** The night was logged before: its answers are loaded, and the times need no confirming. */
  const editing = signal(false);
  const unreadable = signal(false);
  const times = createTimesAnswers(form);
  let opened = 0;

  /** Any change makes the saved note old news, and clears the problem it answers. */
  const changed = (fields: readonly CheckInField[]) =>
    batch(() => {
      saved.value = false;
      const left = { ...problems.value };
      for (const field of fields) delete left[field];
      problems.value = left;
    });

  async function open(param: string | null) {
    const ticket = ++opened;
    const now = clock.now();
    const zone = timeZone();
    const target = nightToOpen(param, now, zone);
    if ('problem' in target) return void (view.value = target.problem);
    view.value = 'loading';
    await settings.ready;
    const [stored, all, journal] = await Promise.all([
      diary.get(target.night),
      diary.all(),
      settings.journal.list(),
    ]);
    if (ticket !== opened) return;
    const earlier = all.filter(
      (night): night is NightEntry => !isUnreadable(night) && night.night < target.night,
    );
    const existing = stored && !isUnreadable(stored) ? stored : undefined;
    batch(() => {
      form.value = existing
        ? formOfNight(existing)
        : prefillCheckIn({
            night: target.night,
            schedule: settings.settings.value.schedule,
            journal,
            previous: earlier.at(-1),
            now,
            timeZone: zone,
          });
      editing.value = existing !== undefined;
      unreadable.value = stored !== undefined && isUnreadable(stored);
      times.reset(existing !== undefined);
      problems.value = {};
      saved.value = false;
      view.value = 'form';
    });
  }

  /** Sets one answer. No jerks clears "did one wake you"; no cramp clears the leg. */
  function answer<K extends keyof CheckInForm>(field: K, value: CheckInForm[K]) {
    const next = { ...form.value, [field]: value };
    if (field === 'jerks' && value === 'none') next.jerkWokeMe = null;
    if (field === 'cramp' && value === 'none') next.crampLeg = null;
    form.value = next;
    changed([field as CheckInField]);
  }

  /** Saves the night if every answer can be true; else the first field with a problem. */
  async function save(): Promise<ProblemField | null> {
    if (saving.value) return null;
    const result = checkIn(form.value, clock.now());
    const found: Partial<Record<ProblemField, unknown>> = result.ok ? {} : { ...result.problems };
    if (!result.ok) problems.value = result.problems;
    // A time that cannot be true must be seen to be fixed: open the fields.
    if (timeFields.some((field) => found[field])) times.open();
    if (!times.settled.value) found.times = true;
    times.flagUnconfirmed(!times.settled.value);
    const first = [...fieldOrder, ...laterFields].find((field) => found[field]);
    if (first || !result.ok) return first ?? 'night';
    saving.value = true;
    try {
      await diary.save(result.night);
      batch(() => {
        saved.value = true;
        editing.value = true;
        unreadable.value = false;
      });
    } finally {
      saving.value = false;
    }
    return null;
  }

  return {
    view,
    form,
    problems,
    saving,
    saved,
    editing,
    unreadable,
    times,
    night: computed(() => form.value.night),
    open,
    answer,
    /** Sets a time of the night "HH:MM", on the night's own calendar. */
    setTime(field: MomentField, time: string) {
      form.value = times.withTime(form.value, field, time);
      changed([field]);
    },
    /** Ticks an evening factor on or off (an untouched row stays unanswered). */
    toggleFactor(factor: NonNullable<CheckInForm['factors']>[number]) {
      const now = form.value.factors ?? [];
      answer('factors', now.includes(factor) ? now.filter((f) => f !== factor) : [...now, factor]);
    },
    save,
  };
}

/** The check-in model's interface. */
export type CheckInModel = ReturnType<typeof createCheckInModel>;
