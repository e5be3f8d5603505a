import { computed } from '@preact/signals';
import { holdBusy } from '../../lib/busy';
import { timerClock } from '../../lib/time/steady-clock';
import { keepAwake } from '../../lib/wake-lock';
import { createRoutineActions } from './routine-actions';
import { createRoutineAway } from './routine-away';
import { createRoutineClosing } from './routine-closing';
import { openRoutineSlot, pageAlarm, type RoutineDeps } from './routine-deps';
import { createRoutineHosting } from './routine-hosting';
import { createRoutineKeeper } from './routine-keeper';
import { createRoutineMoves } from './routine-moves';
import { routineLengthMs } from './routine-plan';
import { restoreRoutine } from './routine-restore';
import { createRoutineState } from './routine-state';
import { routineOf } from './routine-steps';
import { routineTime } from './routine-time';

/**
 * The guided nightly routine: one step at a time, habits ticked off and the other features'
 * sessions hosted as steps. Every step change is saved with the time on the step, so a reload,
 * a killed app or hours away come back to the same step; a hosted session keeps its own clock
 * in its own resume slot. The journal gets the routine once it ends with something done.
 * This composes the parts (keeping, moves, pausing and away, the hosted step, restoring, the
 * person's actions, the closing screen) and owns the one state they share. The devices of the
 * page fill in what a test passed none of.
 */
export function createRoutineModel<V>({
  host,
  settings,
  clock = timerClock,
  slot = openRoutineSlot(),
  awake = keepAwake,
  busy = holdBusy,
  doc = globalThis.document,
  setAlarm = pageAlarm,
}: RoutineDeps<V>) {
  const state = createRoutineState(clock.now());
  const { status, current, summary } = state;
  const keeper = createRoutineKeeper(state, clock, slot, awake, setAlarm, host.guides);
  // Pausing and the moves reach the hosted step, made just below, only once a routine runs:
  // by then it exists.
  const away = createRoutineAway(state, keeper, clock, doc, () => hosting.pause());
  const moves = createRoutineMoves(
    state,
    keeper,
    clock,
    slot,
    settings.journal,
    busy,
    () => hosting.close(),
    away.watch,
  );
  const hosting = createRoutineHosting(host, state, keeper, clock, moves, away);

  const restored = restoreRoutine(state, keeper, clock, slot, moves.takeOver, hosting.resumeHosted);
  const closing = createRoutineClosing(state, clock, doc);

  /** The person's routine now (their own, or the default), for the screen before it starts. */
  const routine = computed(() => routineOf(settings.settings.value));
  const { hosted } = hosting;
  const time = routineTime(current, hosted, host.guides, state.now);
  const actions = createRoutineActions(state, host, clock, routine, keeper, moves, away, hosting);

  return {
    status,
    current,
    hosted,
    /** What the routine knows of the features it hosts, for its screens. */
    guides: host.guides,
    summary,
    restored,
    routine,
    /** The length of the person's routine, in ms (before it starts). */
    lengthMs: computed(() => routineLengthMs(routine.value, host.guides)),
    /** The step shown now. */
    step: computed(() => {
      const routine = current.value;
      return routine ? routine.steps[routine.index] : null;
    }),
    ...time,
    ...actions,
    // The closing screen's again and freshen as it has them; its dispose is joined in the
    // model's own, just below, which takes its place.
    ...closing,
    dispose() {
      closing.dispose();
      away.watch(false);
      hosting.dispose();
      keeper.dispose();
      moves.dispose();
    },
  };
}

/** The routine model's interface. */
export type RoutineModel<V> = ReturnType<typeof createRoutineModel<V>>;
