import type { ComponentChildren } from 'preact';

/** A calm banner. `problem` gets a soft warning border, never a loud colour. */
export function Notice({
  tone = 'info',
  children,
  dismissLabel,
  onDismiss,
}: {
  tone?: 'info' | 'problem';
  children: ComponentChildren;
  dismissLabel?: string;
  onDismiss?: () => void;
}) {
  return (
    <div class="notice" data-tone={tone} role={tone === 'problem' ? 'alert' : 'status'}>
      <div>{children}</div>
      {onDismiss && (
        <button type="button" class="button" data-variant="quiet" onClick={onDismiss}>
          {dismissLabel}
        </button>
      )}
    </div>
  );
}
