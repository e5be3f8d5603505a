/**
 * Keeps the screen on until the returned function is called. The browser drops the lock when
 * the page is hidden, so it is taken again whenever the page becomes visible. Where the Screen
 * Wake Lock API is missing or refuses (iOS Home Screen apps before 18.4, low battery), nothing
 * happens: the session carries on, the screen may just dim.
 */
export function keepAwake(
  nav: Navigator | undefined = globalThis.navigator,
  doc: Document | undefined = globalThis.document,
): () => void {
  const wakeLock = nav?.wakeLock;
  if (!wakeLock || !doc) return () => {};
  let sentinel: WakeLockSentinel | null = null;
  let active = true;
  let pending = false;

  const acquire = async () => {
    if (!active || pending || (sentinel && !sentinel.released)) return;
    if (doc.visibilityState !== 'visible') return;
    pending = true;
    try {
      const next = await wakeLock.request('screen');
      if (active) sentinel = next;
      else void next.release();
    } catch {
      // Refused (hidden page, power saving, permissions policy): silently without.
    } finally {
      pending = false;
    }
  };
  const onVisibility = () => void acquire();

  doc.addEventListener('visibilitychange', onVisibility);
  void acquire();
  return () => {
    if (!active) return;
    active = false;
    doc.removeEventListener('visibilitychange', onVisibility);
    void sentinel?.release().catch(() => undefined);
    sentinel = null;
  };
}
