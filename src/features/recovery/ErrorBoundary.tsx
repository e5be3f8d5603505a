import { Component, type ComponentChildren, type ComponentType } from 'preact';
import { signal } from '@preact/signals';
import { Screen } from '../../ui/Screen';
import { Button } from '../../ui/Button';
import { t } from './messages';
import type { RecoveryBackup } from './RecoveryScreen';

const recoveryScreen = signal<ComponentType | null>(null);

/**
 * The recovery screen, loaded only when needed (it is precached, so this works offline), with
 * the backup it offers. If even that fails, a bare "Reload" still shows: never a blank page.
 */
export function Recovery({ loadBackup }: { loadBackup: () => Promise<RecoveryBackup> }) {
  if (!recoveryScreen.value) {
    void Promise.all([import('./RecoveryScreen'), loadBackup()]).then(
      ([module, backup]) =>
        (recoveryScreen.value = () => <module.RecoveryScreen backup={backup} />),
      () => undefined,
    );
    return (
      <Screen title={t('title')}>
        <Button variant="primary" onClick={() => location.reload()}>
          {t('reload')}
        </Button>
      </Screen>
    );
  }
  const Loaded = recoveryScreen.value;
  return <Loaded />;
}

/**
 * Catches an error thrown while a screen renders and shows `fallback` (the recovery screen) instead of a
 * blank page. A new `resetKey` (the path) clears it, so navigating away leaves the failure.
 */
export class ErrorBoundary extends Component<
  { resetKey: string; fallback: ComponentType; children: ComponentChildren },
  { failedAt: string | null }
> {
  override state = { failedAt: null as string | null };

  override componentDidCatch(error: unknown) {
    // Kept on this device's console only: Lull reports nothing anywhere.
    console.error('A screen failed to render', error);
    this.setState({ failedAt: this.props.resetKey });
  }

  override render() {
    const Fallback = this.props.fallback;
    return this.state.failedAt === this.props.resetKey ? <Fallback /> : this.props.children;
  }
}
