import { useLayoutEffect, useRef } from 'preact/hooks';
import { currentLocale } from '../../lib/messages';
import { Button, LinkButton } from '../../ui/Button';
import type { ComponentType } from 'preact';
import type { HostedView } from './routine-host';
import { t } from './messages';
import { stepName } from './step-text';
import type { RoutineModel } from './routine-model';

/** A list in the app's language: "Lights low, Screens away and Breathing". */
const listOf = (names: string[]) => new Intl.ListFormat(currentLocale()).format(names);

/** The calm close: what was done (a list, not a score), and nothing more to do. */
export function RoutineEnd({
  model,
  Player,
}: {
  model: RoutineModel<HostedView>;
  /** The sounds' own player, the Sounds feature's part of this screen. */
  Player: ComponentType;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The routine just ended: focus moves here, so a screen reader says so.
  useLayoutEffect(() => heading.current?.focus({ preventScroll: true }), []);
  const summary = model.summary.value;
  if (!summary) return null;
  const done = summary.done.map(stepName);
  return (
    <div class="routine-end">
      <h2 ref={heading} tabIndex={-1}>
        {summary.completed ? t('done.title') : t('done.ended')}
      </h2>
      <p>{done.length > 0 ? t('done.steps', { list: listOf(done) }) : t('done.none')}</p>
      {/* Lights out: the sounds' own player, to pause them or give them 15 minutes more. */}
      {summary.lightsOut && <Player />}
      <div class="button-row">
        <LinkButton variant="primary" href="/">
          {t('done.tonight')}
        </LinkButton>
        <Button onClick={model.again}>{t('done.again')}</Button>
      </div>
    </div>
  );
}
