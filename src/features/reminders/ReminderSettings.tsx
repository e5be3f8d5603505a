import './reminders.css';
import { useEffect, useId } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import type { RemindersModel } from './reminders-model';
import { promptFor, whenClosed, whileOpen, type Guidance, type WhileOpen } from './capabilities';
import { t } from './messages';

/** Where "Go to Add to calendar" lands: the end of this section, just before the calendar. */
const CALENDAR_ANCHOR = 'calendar-reminder';

const guidanceText: Record<Guidance, () => string> = {
  chromium: () => t('guide.chromium'),
  'chromium-app': () => t('guide.chromiumApp'),
  ios: () => t('guide.ios'),
  'ios-install': () => t('guide.iosInstall'),
  safari: () => t('guide.safari'),
  firefox: () => t('guide.firefox'),
  other: () => t('guide.other'),
  none: () => t('guide.none'),
};

const whileOpenText: Record<WhileOpen, () => string> = {
  notify: () => t('can.open.notify'),
  ask: () => t('can.open.ask'),
  blocked: () => t('can.open.blocked'),
  install: () => t('can.open.install'),
  none: () => t('can.open.none'),
};

/**
 * The schedule screen's reminders: the toggles, the permission asked for only on the
 * person's tap after one line of why, how to allow it when blocked, and an honest account of
 * what can remind them on this device. Rendered just before the screen's calendar section.
 */
export function ReminderSettings({ model }: { model: RemindersModel }) {
  // Reminders through Lull's server: their code loads now that their section is open.
  useEffect(() => void model.openPush(), [model]);
  const headingId = useId();
  const { windDown, bedtime, wake } = model.choice.value;
  const permission = model.permission.value;
  const prompt = promptFor(windDown || bedtime || wake, model.support, permission);
  const push = model.push.value;
  const pushView = push && {
    availability: push.sync.availability.value,
    canPush: push.sync.canPush,
    on: push.sync.on.value,
    problem: push.sync.problem.value !== null,
  };
  const closed = whenClosed(model.support, permission, pushView);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      <div class="reminder-toggles">
        <label class="choice">
          <input
            type="checkbox"
            checked={windDown}
            onChange={(event) => model.setReminder('windDown', event.currentTarget.checked)}
          />
          <span>{t('toggle.windDown')}</span>
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={bedtime}
            onChange={(event) => model.setReminder('bedtime', event.currentTarget.checked)}
          />
          <span>{t('toggle.bedtime')}</span>
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={wake}
            onChange={(event) => model.setReminder('wake', event.currentTarget.checked)}
          />
          <span>{t('toggle.wake')}</span>
        </label>
        {push && <push.Toggle />}
      </div>
      {prompt?.kind === 'explain' && (
        <div class="card">
          <p>{t('explain')}</p>
          <Button variant="primary" onClick={() => void model.allowNotifications()}>
            {t('allow')}
          </Button>
        </div>
      )}
      {prompt?.kind === 'guide' && (
        <Notice>
          <p>{guidanceText[prompt.guidance]()}</p>
        </Notice>
      )}
      <div class="card reminder-capabilities-card">
        <h3>{t('can.heading')}</h3>
        <dl class="reminder-capabilities">
          <dt>{t('can.open')}</dt>
          <dd>{whileOpenText[whileOpen(model.support, permission)]()}</dd>
          <dd class="muted">{t('can.paused')}</dd>
          <dt>{t('can.closed')}</dt>
          <dd>
            {push && closed !== 'calendar' ? push.closedText(closed) : t('can.closed.calendar')}
          </dd>
          <dd>
            <a class="button" data-variant="quiet" href={`#${CALENDAR_ANCHOR}`}>
              {t('can.toCalendar')}
            </a>
          </dd>
        </dl>
      </div>
      {/* The schedule screen's "Add to calendar" comes right after this section: the link above
          lands here, and the next Tab goes to that button. */}
      <div id={CALENDAR_ANCHOR} />
    </section>
  );
}
