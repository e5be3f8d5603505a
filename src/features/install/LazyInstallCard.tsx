import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { firstScreenShown } from '../../lib/first-screen';

const card = signal<ComponentType | null>(null);

let loading = false;

/** The install offer, loaded once the first screen has painted (an extra it does not need). */
export function LazyInstallCard() {
  if (!loading) {
    loading = true;
    void firstScreenShown
      .then(() => import('./InstallCard'))
      .then(
        (module) => (card.value = module.InstallCard),
        () => undefined,
      );
  }
  const Card = card.value;
  return Card ? <Card /> : null;
}
