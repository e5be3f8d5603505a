import type { Clock } from '../../lib/time/clock';

/** What a running routine hears about the person: gone from the screen, and back. */
export interface PresenceEvents {
  /** The page was hidden or is going away (locked, switched, closed). */
  left(): void;
  /** The page is shown again; `since` is when it was hidden (null if it never was). */
  back(since: number | null): void;
}

/**
 * Follows whether the person has Lull in front of them: `visibilitychange` for a locked or
 * switched phone, `pagehide` for a page being closed or navigated away. Returns the way to stop.
 */
export function watchPresence(
  doc: Document | undefined,
  clock: Clock,
  events: PresenceEvents,
): () => void {
  let hiddenAt: number | null = null;
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') {
      hiddenAt = clock.now();
      return events.left();
    }
    const since = hiddenAt;
    hiddenAt = null;
    events.back(since);
  };
  const onPageHide = () => events.left();
  doc?.addEventListener('visibilitychange', onVisibility);
  doc?.defaultView?.addEventListener('pagehide', onPageHide);
  return () => {
    doc?.removeEventListener('visibilitychange', onVisibility);
    doc?.defaultView?.removeEventListener('pagehide', onPageHide);
  };
}
