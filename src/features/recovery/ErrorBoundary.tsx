import { Component, type ComponentChildren, type ComponentType } from 'preact';
import { signal } from '@preact/signals';
import { Screen } from '../../ui/Screen';
import { Button } from '../../ui/Button';
import { t } from '../../app-messages';

const recoveryScreen = signal<ComponentType | null>(null);

/**
 * The recovery screen, loaded only when needed (it is precached, so this works offline). If
 * even that fails, a bare "Reload" still shows: never a blank page.
 */
export function Recovery() {
  if (!recoveryScreen.value) {
    void import('./RecoveryScreen').then(
      (module) => (recoveryScreen.value = module.RecoveryScreen),
      () => undefined,
    );
    return (
      <Screen title={t('recovery.title')}>
        <Button variant="primary" onClick={() => location.reload()}>
          {t('recovery.reload')}
        </Button>
      </Screen>
    );
  }
  const Loaded = recoveryScreen.value;
  return <Loaded />;
}

/**
 * Catches an error thrown while a screen renders and shows the recovery screen instead of a
 * blank page. A new `resetKey` (the path) clears it, so navigating away leaves the failure.
 */
export class ErrorBoundary extends Component<
  { resetKey: string; children: ComponentChildren },
  { failedAt: string | null }
> {
  override state = { failedAt: null as string | null };

  override componentDidCatch(error: unknown) {
    // Kept on this device's console only: Lull reports nothing anywhere.
    console.error('A screen failed to render', error);
    this.setState({ failedAt: this.props.resetKey });
  }

  override render() {
    return this.state.failedAt === this.props.resetKey ? <Recovery /> : this.props.children;
  }
}
