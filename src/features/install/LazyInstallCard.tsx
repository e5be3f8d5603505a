import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';

const card = signal<ComponentType | null>(null);

/** The install offer, loaded after the first screen (an extra it does not need to paint). */
export function LazyInstallCard() {
  if (!card.value)
    void import('./InstallCard').then(
      (module) => (card.value = module.InstallCard),
      () => undefined,
    );
  const Card = card.value;
  return Card ? <Card /> : null;
}
