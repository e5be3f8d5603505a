import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { isAudible, type EngineState } from '../../lib/audio/engine-state';
import type { TabTurns } from '../../lib/audio/tab-turns';

/**
 * Lull's tabs share the speakers: when this tab plays, the others stop theirs, and when
 * another starts, this one stops (with the engine's short fade) and `elsewhere` says so,
 * until that tab falls silent or closes.
 */
export function shareWithOtherTabs(
  turns: TabTurns,
  status: ReadonlySignal<EngineState>,
  stop: () => void,
) {
  const elsewhere = signal(turns.elsewhere());
  const stopListening = turns.subscribe((playingElsewhere) => {
    elsewhere.value = playingElsewhere;
    if (playingElsewhere && isAudible(status.peek())) stop();
  });
  let audible = isAudible(status.peek());
  const stopTelling = effect(() => {
    const now = isAudible(status.value);
    if (now === audible) return;
    audible = now;
    if (now) turns.playing();
    else turns.stopped();
  });

  return {
    /** True while another of Lull's tabs plays. */
    elsewhere: elsewhere as ReadonlySignal<boolean>,
    dispose(): void {
      stopListening();
      stopTelling();
      turns.dispose();
    },
  };
}
