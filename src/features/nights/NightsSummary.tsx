import type { NightsSummary as Summary } from '../../lib/diary/summary';
import { minutesText, nightText, percentText } from './format';
import { t } from './messages';

/** The 7- and 14-night averages of the page, each a short list of figures. */
export function NightsSummary({ summaries }: { summaries: Summary[] }) {
  return (
    <section class="card" aria-labelledby="nights-summary">
      <h2 id="nights-summary">{t('summary.title')}</h2>
      <div class="nights-summaries">
        {summaries.map((summary) => (
          <SummaryFigures key={summary.from} summary={summary} />
        ))}
      </div>
    </section>
  );
}

/** One run's figures; a figure with no nights behind it says so instead of a number. */
export function SummaryFigures({ summary }: { summary: Summary }) {
  const length = Math.round((Date.parse(summary.to) - Date.parse(summary.from)) / 86_400_000) + 1;
  const or = <T,>(value: T | null, text: (value: T) => string) =>
    value === null ? t('summary.none') : text(value);
  const figures: [string, string][] = [
    [t('summary.logged'), t('summary.loggedValue', { count: summary.nightsLogged, of: length })],
    [t('summary.totalSleep'), or(summary.averageTotalSleep, minutesText)],
    [t('summary.efficiency'), or(summary.averageEfficiency, percentText)],
    [t('summary.toFallAsleep'), or(summary.averageTimeToFallAsleep, minutesText)],
    [t('summary.bedtime'), or(summary.bedtimeSpread, minutesText)],
  ];
  return (
    <div>
      <h3>{t('summary.run', { count: length, to: nightText(summary.to) })}</h3>
      <dl class="nights-figures">
        {figures.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
