import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { t } from './messages';

// The first screen keeps the browser's own focus order (the skip link comes first); after
// that, each navigation moves focus to the new heading.
let firstScreenShown = false;

/**
 * A screen with its heading. The heading takes focus when the screen opens, so screen
 * readers announce where the person is after every navigation.
 */
export function Screen({ title, children }: { title: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The first screen appears with the page (index.html may already show it); later ones fade in.
  const [fades] = useState(() => firstScreenShown);
  useEffect(() => {
    document.title = t('document.title', { screen: title });
    if (firstScreenShown) heading.current?.focus({ preventScroll: true });
    firstScreenShown = true;
  }, [title]);
  return (
    <section class={fades ? 'screen-enter' : undefined} aria-labelledby="screen-title">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}
