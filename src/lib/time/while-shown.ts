/**
 * Calls `onFrame` on every animation frame while the page is visible, and once at once when
 * it becomes visible again. Nothing runs while hidden: what is shown is computed from the
 * clock, so there is nothing to catch up.
 */
export function watchFrames(onFrame: () => void, doc: Document = document): () => void {
  let handle = 0;
  let stopped = false;
  const loop = () => {
    if (stopped) return;
    onFrame();
    handle = requestAnimationFrame(loop);
  };
  const onVisibility = () => {
    cancelAnimationFrame(handle);
    if (doc.visibilityState === 'visible') loop();
  };
  doc.addEventListener('visibilitychange', onVisibility);
  onVisibility();
  return () => {
    stopped = true;
    cancelAnimationFrame(handle);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
