import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { currentPath, interceptLinks, navigate, onPathChange } from '../../src/lib/navigation';

const cleanups: (() => void)[] = [];
const origin = location.origin;
let paths: string[];

beforeEach(() => {
  history.replaceState(null, '', '/');
  paths = [];
  cleanups.push(onPathChange((path) => paths.push(path)));
});
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
  document.body.replaceChildren();
});

describe('navigate', () => {
  it('goes to a path without a reload, adding a history entry', () => {
    const entries = history.length;
    navigate('/settings');
    expect(currentPath()).toBe('/settings');
    expect(history.length).toBe(entries + 1);
    expect(paths).toEqual(['/settings']);
  });

  it('replaces the entry when asked', () => {
    const entries = history.length;
    navigate('/about', { replace: true });
    expect(currentPath()).toBe('/about');
    expect(history.length).toBe(entries);
    expect(paths).toEqual(['/about']);
  });

  it('does nothing for the current path', () => {
    const entries = history.length;
    navigate('/');
    expect(history.length).toBe(entries);
    expect(paths).toEqual([]);
  });

  it('stops telling a listener that stopped listening', () => {
    const late: string[] = [];
    const stop = onPathChange((path) => late.push(path));
    navigate('/a');
    stop();
    navigate('/b');
    expect(late).toEqual(['/a']);
  });
});

describe('interceptLinks', () => {
  /**
   * Clicks a link and tells whether Lull took the click over (prevented the browser's own
   * handling), as seen by a listener on window, after Lull's listener on the document.
   */
  function click(attributes: Record<string, string>, init: MouseEventInit = {}) {
    const link = Object.assign(document.createElement('a'), { textContent: 'Go' });
    for (const [name, value] of Object.entries(attributes)) link.setAttribute(name, value);
    document.body.append(link);
    let taken = false;
    const stopPage = (event: Event) => {
      taken = event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', stopPage);
    // Dispatched on the link itself: happy-dom follows a link when a click from a child passes
    // it, before document listeners run; from the link, it waits until the end, as browsers do.
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
    window.removeEventListener('click', stopPage);
    expect(location.origin).toBe(origin);
    return taken;
  }

  beforeEach(() => {
    cleanups.push(interceptLinks(document));
  });

  it('turns a same-origin link into in-app navigation', () => {
    expect(click({ href: '/settings' })).toBe(true);
    expect(currentPath()).toBe('/settings');
    expect(paths).toEqual(['/settings']);
    expect(click({ href: `${location.origin}/about?from=home` })).toBe(true);
    expect(currentPath()).toBe('/about');
  });

  it('keeps a link’s query, and goes between two queries of one screen', () => {
    expect(click({ href: '/check-in?night=2027-01-12' })).toBe(true);
    expect(`${currentPath()}${location.search}`).toBe('/check-in?night=2027-01-12');
    expect(click({ href: '/check-in' })).toBe(true);
    expect(`${currentPath()}${location.search}`).toBe('/check-in');
    expect(paths).toEqual(['/check-in', '/check-in']);
  });

  it.each([
    ['ctrl', { ctrlKey: true }],
    ['meta', { metaKey: true }],
    ['shift', { shiftKey: true }],
    ['alt', { altKey: true }],
    ['middle button', { button: 1 }],
  ])('leaves a modified click (%s) to the browser', (_name, init) => {
    expect(click({ href: '/settings' }, init)).toBe(false);
    expect(currentPath()).toBe('/');
  });

  it('leaves other origins, downloads and new windows to the browser', () => {
    expect(click({ href: 'https://example.org/settings' })).toBe(false);
    expect(click({ href: '/backup.json', download: 'backup.json' })).toBe(false);
    expect(click({ href: '/about', target: '_blank' })).toBe(false);
    expect(click({ href: 'mailto:someone@example.org' })).toBe(false);
    expect(currentPath()).toBe('/');
    expect(paths).toEqual([]);
  });

  it('leaves a link to a place on this page (the skip link) to the browser', () => {
    history.replaceState(null, '', '/settings');
    expect(click({ href: '#main' })).toBe(false);
    expect(click({ href: '/settings#data' })).toBe(false);
    expect(paths).toEqual([]);
  });

  it('leaves a click another handler already took', () => {
    const taker = (event: Event) => event.preventDefault();
    document.body.addEventListener('click', taker);
    click({ href: '/settings' });
    document.body.removeEventListener('click', taker);
    expect(currentPath()).toBe('/');
    expect(paths).toEqual([]);
  });

  it('tells listeners about back and forward, until stopped', () => {
    history.pushState(null, '', '/about');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(paths).toEqual(['/about']);
    cleanups.pop()?.();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(click({ href: '/settings' })).toBe(false);
    expect(paths).toEqual(['/about']);
  });
});
