import type { HostedView } from './routine-host';

/** A timed step under way, shown by the feature it belongs to (its view, from the host). */
export function HostedStep({ view: View }: { view: HostedView }) {
  return <View />;
}
