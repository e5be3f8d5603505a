import './home.css';
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { Screen } from '../../ui/Screen';
import { LinkButton } from '../../ui/Button';
import type { TonightModel } from './tonight-model';
import { formatClock, formatCountdown, t } from './messages';

/** Tonight: when the wind-down starts and when bedtime is, counting down, and the run so far. */
export function HomeScreen({
  model,
  Preview,
}: {
  model: TonightModel;
  /** Tonight's routine in brief: the routine's part of this screen. */
  Preview: ComponentType;
}) {
  useEffect(() => model.start(), [model]);
  const { next } = model.tonight.value;
  const phase = model.phase.value;
  const zone = model.zone.value;
  const streak = model.nightsInARow.value;
  return (
    <Screen title={t('title')}>
      {/* From wake time until the wind-down, last night's diary comes first (issue 17). */}
      {model.offerCheckIn.value && (
        <p class="tonight-check-in">
          <LinkButton href="/check-in">{t('checkIn.offer')}</LinkButton>
        </p>
      )}
      <div class="card tonight">
        {phase === 'asleep' ? (
          <>
            <p class="tonight-main">{t('asleep')}</p>
            <p class="muted">
              {t('asleep.next', {
                time: formatCountdown(model.windDownInMs.value),
                at: formatClock(next.windDownAt, zone),
              })}
            </p>
          </>
        ) : (
          <>
            <p class="tonight-main">
              {phase === 'wind-down'
                ? t('windDown.now')
                : t('windDown.in', { time: formatCountdown(model.windDownInMs.value) })}
            </p>
            {/* Four rows in the day and in the wind-down alike, so nothing below them moves
                when the app fills in the rows index.html painted empty (src/first-paint/). */}
            <p class="muted">
              {phase === 'day'
                ? t('windDown.at', { time: formatClock(next.windDownAt, zone) })
                : t('windDown.since', { time: formatClock(next.windDownAt, zone) })}
            </p>
            <p class="tonight-second">
              {t('bedtime.in', { time: formatCountdown(model.bedtimeInMs.value) })}
            </p>
            <p class="muted">{t('bedtime.at', { time: formatClock(next.bedtimeAt, zone) })}</p>
          </>
        )}
        {/* The routine (issue 6, item 3): the screen's one primary action, and a preview. */}
        <p class="tonight-start">
          <LinkButton variant="primary" href="/routine">
            {t('windDown.start')}
          </LinkButton>
        </p>
        <Preview />
      </div>
      {streak > 0 && <p class="tonight-streak">{t.plural('streak', streak)}</p>}
      <p>
        <LinkButton href="/schedule">{t('schedule.link')}</LinkButton>
      </p>
      <div class="tonight-more">
        <LinkButton variant="quiet" href="/settings">
          {t('more.settings')}
        </LinkButton>
        <LinkButton variant="quiet" href="/about">
          {t('more.about')}
        </LinkButton>
      </div>
    </Screen>
  );
}
