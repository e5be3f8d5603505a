/** Listens for path changes made by links, back/forward and `navigate`. */
type PathListener = (path: string) => void;

const listeners = new Set<PathListener>();

/** The current path, without query or hash. */
export function currentPath(): string {
  return globalThis.location?.pathname ?? '/';
}

/** Goes to an app path (with its query, if any) without reloading the page. */
export function navigate(path: string, { replace = false } = {}): void {
  if (path === currentPath() + (globalThis.location?.search ?? '')) return;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  listeners.forEach((listener) => listener(currentPath()));
}

/** Calls `listener` on every path change; returns the way to stop. */
export function onPathChange(listener: PathListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Turns same-origin link clicks into in-app navigation, so every screen has a real URL that
 * also works when opened directly, from a shortcut or from a notification.
 */
export function interceptLinks(root: Document = document): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download'))
      return;
    const url = new URL(link.href);
    if (url.origin !== location.origin) return;
    // A link to a place on this page (the skip link, "#main") is the browser's to follow: it
    // scrolls there and moves focus. Taking it over would do nothing at all.
    const samePage = url.pathname === location.pathname && url.search === location.search;
    if (samePage && url.hash) return;
    event.preventDefault();
    // The query goes along: /check-in?night=2027-01-15 names the night to fill in.
    navigate(url.pathname + url.search);
  };
  const onPop = () => listeners.forEach((listener) => listener(currentPath()));
  root.addEventListener('click', onClick);
  globalThis.addEventListener('popstate', onPop);
  return () => {
    root.removeEventListener('click', onClick);
    globalThis.removeEventListener('popstate', onPop);
  };
}
