import { useEffect, useRef } from 'preact/hooks';
import { Button, LinkButton } from '../../ui/Button';
import type { BreathingModel } from './breathing-model';
import { patternName } from '../../lib/guides/names';
import { formatDuration } from '../../lib/time/duration-text';
import { t } from './messages';

/** The calm closing screen: what was done, and nothing to do next. */
export function BreathEnd({ model }: { model: BreathingModel }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = model.summary.value;
  const fresh = summary?.fresh ?? false;
  // A session that just ended moves focus here, so a screen reader says it is over.
  useEffect(() => {
    if (fresh) heading.current?.focus({ preventScroll: true });
  }, [fresh]);
  if (!summary) return null;
  const duration = formatDuration(summary.seconds);
  return (
    <div class="card breath-end">
      <h2 ref={heading} tabIndex={-1}>
        {t('end.title')}
      </h2>
      <p>
        {summary.completed
          ? t.plural('end.completed', summary.breaths, {
              pattern: patternName(summary.patternId),
              duration,
            })
          : t('end.stopped', { duration })}
      </p>
      <p>{t('end.rest')}</p>
      <div class="button-row">
        <Button variant="primary" onClick={model.again}>
          {t('end.again')}
        </Button>
        <LinkButton href="/">{t('end.tonight')}</LinkButton>
      </div>
    </div>
  );
}
