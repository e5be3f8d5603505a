// Inlined into the built index.html, after the page's Tonight (scripts/first-paint.ts): the one
// script that runs before the first paint. Its SHA-256 is in the Content-Security-Policy.
(() => {
  const app = document.getElementById('app');
  // The page holds Tonight. Any other path starts empty: the app shows its own screen there.
  if (location.pathname !== '/') app.replaceChildren();
  // The painted Tonight is English. In another language it keeps its place but shows no words
  // until the app has put its own there (src/main.tsx): in the language stored in the settings,
  // which the service worker marks on the page, else in the device's first one that Lull has,
  // as pickLocale (src/lib/messages.ts) chooses (Traditional Chinese waits too: fewer bytes).
  else if (
    /^(ru|zh)/i.test(
      document.documentElement.dataset.lang ??
        navigator.languages.find((tag) => /^(en|ru|zh)\b/i.test(tag)),
    )
  )
    app.style.visibility = 'hidden';
  // Intl's data loads on first use, in one long task that this script, running as the page
  // paints, used to pay on the main thread. A worker loads it beside the page instead, and the
  // app formats nothing until it has, or until a slow or failed worker has had 1.5 s.
  // Where workers cannot start, the first screen need not wait: hence the catch.
  window.lullIntlReady = new Promise((resolve) => {
    setTimeout(resolve, 1500);
    const worker = new Worker('/intl-warmup.js');
    worker.onmessage = worker.onerror = () => resolve(worker.terminate());
  }).catch(() => undefined);
  // Lull's code (its preloads wait in the <template>) loads once this page is on screen, so the
  // first paint never shares the connection with it.
  // Null once started: the paint, the timer and a page hidden early start it once between them.
  let code = document.getElementById('start');
  const start = () => {
    if (!(code instanceof HTMLTemplateElement)) return;
    const preloads = code.content;
    code = null;
    const entry = preloads.querySelector('link[data-entry]');
    if (!entry) return;
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry.getAttribute('href') ?? '';
    document.head.append(script);
    // The files it imports are preloaded in a task of their own: added with the script, they made one
    // task too long for a slow phone (each link starts a fetch and its module's set-up).
    setTimeout(() => document.head.append(preloads));
  };
  if (location.pathname !== '/' || document.visibilityState !== 'visible') return start();
  // The browser reports the paint once it is on screen; where it cannot, a timer stands in.
  if (PerformanceObserver.supportedEntryTypes?.includes('paint'))
    new PerformanceObserver(start).observe({ type: 'paint' });
  setTimeout(start, 300);
  // A page hidden before its paint gets no paint: it starts at once instead.
  document.addEventListener('visibilitychange', start, { once: true });
})();
