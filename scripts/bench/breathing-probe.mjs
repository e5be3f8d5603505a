// Runs inside the breathing page of the bench (scripts/bench/breathing.mjs).

/** Logs every change of the phase word, and lets the bench hide and show the page. */
export function instrument() {
  const log = [];
  const status = document.querySelector('main [role="status"]');
  new MutationObserver(() => {
    log.push({ word: status.textContent, at: Date.now() });
  }).observe(status, { childList: true, characterData: true, subtree: true });
  let hidden = false;
  let framesWhileHidden = 0;
  let timersWhileHidden = 0;
  const realRaf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => {
    if (hidden) framesWhileHidden += 1;
    return realRaf(callback);
  };
  const realTimeout = window.setTimeout.bind(window);
  // Chrome's intensive throttling: in a page hidden for a while, timers wake once a minute.
  window.setTimeout = (callback, ms = 0, ...rest) => {
    if (!hidden) return realTimeout(callback, ms, ...rest);
    timersWhileHidden += 1;
    const due = Date.now() + ms;
    return realTimeout(callback, Math.ceil(due / 60_000) * 60_000 - Date.now(), ...rest);
  };
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  window.__bench = {
    log,
    hiddenWork: () => ({ frames: framesWhileHidden, timers: timersWhileHidden }),
    word: () => status.textContent,
    /** Hides or shows the page; resolves with the word shown once the page has rendered. */
    async setHidden(value) {
      hidden = value;
      document.dispatchEvent(new Event('visibilitychange'));
      // Preact renders in a microtask: what is on screen before the next frame.
      for (let i = 0; i < 3; i += 1) await Promise.resolve();
      return status.textContent;
    },
  };
}
