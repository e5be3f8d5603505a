import { signal, type ReadonlySignal } from '@preact/signals';

/** The system's "reduce motion" preference, kept up to date. */
export function systemReducedMotion(
  win: Pick<Window, 'matchMedia'> | undefined = globalThis.window,
): ReadonlySignal<boolean> {
  const query = win?.matchMedia?.('(prefers-reduced-motion: reduce)');
  const reduced = signal(query?.matches ?? false);
  query?.addEventListener?.('change', (event) => (reduced.value = event.matches));
  return reduced;
}
