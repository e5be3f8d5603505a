import type { Clock } from '../../lib/time/clock';

/** What a running routine hears about the person: gone from the screen, and back. */
export interface PresenceEvents {
  /** The page was hidden or is going away (locked, switched, closed). */
  left(): void;
  /** The page is shown again, or the device woke; `since` is when they were last seen (null if never gone). */
  back(since: number | null): void;
}

/** Runs `beat` every `ms` milliseconds; returns the way to stop. */
export type Every = (beat: () => void, ms: number) => () => void;

const pageEvery: Every = (beat, ms) => {
  const id = setInterval(beat, ms);
  return () => clearInterval(id);
};

/** How often a shown page checks that it has not slept, and a beat this late means it did. */
const BEAT_MS = 60_000;
const SLEPT_MS = 3 * BEAT_MS;

/**
 * Follows whether the person has Lull in front of them: `visibilitychange` for a locked or
 * switched phone, `pagehide` for a page being closed or navigated away, and a beat once a
 * minute for a computer suspended with Lull on screen (no event says so: the beat simply
 * comes hours late, and they were last seen at the one before). Returns the way to stop.
 */
export function watchPresence(
  doc: Document | undefined,
  clock: Clock,
  events: PresenceEvents,
  every: Every = pageEvery,
): () => void {
  let hiddenAt: number | null = null;
  let beatAt = clock.now();
  const onVisibility = () => {
    beatAt = clock.now();
    if (doc?.visibilityState === 'hidden') {
      hiddenAt = beatAt;
      return events.left();
    }
    const since = hiddenAt;
    hiddenAt = null;
    events.back(since);
  };
  const onBeat = () => {
    const at = clock.now();
    const since = beatAt;
    beatAt = at;
    if (hiddenAt === null && at - since >= SLEPT_MS) events.back(since);
  };
  const onPageHide = () => events.left();
  doc?.addEventListener('visibilitychange', onVisibility);
  doc?.defaultView?.addEventListener('pagehide', onPageHide);
  const stopBeat = every(onBeat, BEAT_MS);
  return () => {
    stopBeat();
    doc?.removeEventListener('visibilitychange', onVisibility);
    doc?.defaultView?.removeEventListener('pagehide', onPageHide);
  };
}
