import { currentLocale } from '../../lib/messages';
import { useEffect, useRef } from 'preact/hooks';
import { Button, LinkButton } from '../../ui/Button';
import { t } from './messages';
import { stretchName } from '../../lib/guides/names';
import type { StretchesModel } from './stretches-model';

/** The calm end: what was held, and the way on to breathing or back to Tonight. */
export function StretchEnd({ model }: { model: StretchesModel }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = model.summary.value;
  const fresh = summary?.fresh ?? false;
  // A session that just ended moves focus here, so a screen reader says it is over.
  useEffect(() => {
    if (fresh) heading.current?.focus({ preventScroll: true });
  }, [fresh]);
  if (!summary) return null;
  const list = new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(
    summary.done.map((id) => stretchName(id)),
  );
  return (
    <div class="card stretch-end">
      <h2 ref={heading} tabIndex={-1}>
        {t('end.title')}
      </h2>
      <p>{t('end.body')}</p>
      <p>{summary.done.length > 0 ? t('end.steps', { list }) : t('end.none')}</p>
      <div class="button-row">
        <LinkButton variant="primary" href="/breathe">
          {t('end.breathe')}
        </LinkButton>
        <Button onClick={model.again}>{t('end.again')}</Button>
        <LinkButton href="/">{t('end.tonight')}</LinkButton>
      </div>
    </div>
  );
}
