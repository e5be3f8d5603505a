// Inlined into the built index.html, after the page's Tonight (scripts/first-paint.ts): the one
// script that runs before the first paint. Its SHA-256 is in the Content-Security-Policy.
(() => {
  // The page holds Tonight. Any other path starts empty: the app shows its own screen there.
  if (location.pathname !== '/') document.getElementById('app')?.replaceChildren();
  // Intl loads its locale and time-zone data on first use, blocking for tens of milliseconds.
  // Paid here, before anything is on screen, it never delays a tap once the page is visible.
  Intl.DateTimeFormat().resolvedOptions();
  // Lull's code (its preloads wait in the <template>) loads once this page is on screen, so the
  // first paint never shares the connection with it.
  const code = document.getElementById('start');
  let started = false;
  const start = () => {
    if (started || !(code instanceof HTMLTemplateElement)) return;
    started = true;
    document.head.append(code.content);
    const entry = document.querySelector('link[data-entry]');
    if (!entry) return;
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry.getAttribute('href') ?? '';
    document.head.append(script);
  };
  if (location.pathname !== '/' || document.visibilityState !== 'visible') return start();
  // The browser reports the paint once it is on screen; where it cannot, a timer stands in.
  if (PerformanceObserver.supportedEntryTypes?.includes('paint'))
    new PerformanceObserver(start).observe({ type: 'paint' });
  setTimeout(start, 300);
  // A page hidden before its paint gets no paint: it starts at once instead.
  document.addEventListener('visibilitychange', start, { once: true });
})();
