import type { Clock } from '../../lib/time/clock';
import { AWAY_MS } from './routine-away';
import type { RoutineSlot } from './routine-deps';
import type { RoutineKeeper } from './routine-keeper';
import { pausedAt, type RunningRoutine } from './routine-session';
import type { RoutineState } from './routine-state';
import { isTimed, type TimedStep } from './routine-steps';

/**
 * Brings back the routine saved before a reload: at the same step with the same time on it,
 * held at the moment they left if that was long ago, its hosted session with it. Without one
 * (or once the person has moved on meanwhile) the routine is ready to start. Beyond its state
 * and keeper it needs the clock, the slot, the moves' `takeOver` and the hosted step's resume.
 */
export async function restoreRoutine(
  state: RoutineState,
  keeper: RoutineKeeper,
  clock: Clock,
  slot: RoutineSlot,
  takeOver: (running: RunningRoutine) => void,
  resumeHosted: (step: TimedStep, away: boolean) => Promise<void>,
) {
  const { status } = state;
  const saved = await slot.load();
  if (status.peek() !== 'loading') return;
  if (!saved) return void (status.value = 'setup');
  const away = clock.now() - saved.seenAt >= AWAY_MS;
  const running = away ? { ...saved, step: pausedAt(saved.step, saved.seenAt) } : saved;
  takeOver(running);
  keeper.setStatus(away ? 'away' : running.step.pausedAt === null ? 'running' : 'paused');
  if (away) keeper.keep(running);
  else keeper.tick();
  const step = running.steps[running.index];
  if (running.begun && isTimed(step)) await resumeHosted(step, away);
}
