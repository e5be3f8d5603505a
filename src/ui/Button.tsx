import type { ComponentChildren, JSX } from 'preact';

/** A large, calm button (48 px at least). `primary` for the one main action of a screen. */
export function Button({
  variant = 'secondary',
  children,
  ...props
}: JSX.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'quiet';
  children: ComponentChildren;
}) {
  return (
    <button type="button" class="button" data-variant={variant} {...props}>
      {children}
    </button>
  );
}

/** A link styled as a button, for actions that go to another screen. */
export function LinkButton({
  variant = 'secondary',
  href,
  children,
}: {
  variant?: 'primary' | 'secondary' | 'quiet';
  href: string;
  children: ComponentChildren;
}) {
  return (
    <a class="button" data-variant={variant} href={href}>
      {children}
    </a>
  );
}
