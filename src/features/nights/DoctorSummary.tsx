import { eveningFactors, type NightEntry } from '../../lib/diary/night-entry';
import { factorPhrase } from '../../lib/diary/diary-words';
import type { NightsSummary } from '../../lib/diary/summary';
import { Button } from '../../ui/Button';
import { t } from './messages';
import type { NightRow } from './night-rows';
import { SummaryFigures } from './NightsSummary';

/**
 * "Summary for a doctor": on screen, the buttons that print it and export the CSV; on paper
 * (nights.css prints only the diary's table, its heading and this), the page's figures, the
 * jerk and cramp counts and the evening's factors, dark on white whatever the theme.
 */
export function DoctorSummary(props: {
  rows: NightRow[];
  summary: NightsSummary;
  exported: string | null;
  onExport: () => void;
}) {
  const { rows, summary } = props;
  const logged = rows.flatMap((row) => (row.state === 'logged' ? [row.entry] : []));
  const count = (fits: (night: NightEntry) => boolean) => ({
    count: logged.filter(fits).length,
    of: logged.length,
  });
  return (
    <>
      <section class="card nights-doctor" aria-labelledby="nights-print-title">
        <h2 id="nights-print-title">{t('print.title')}</h2>
        <p class="muted">{t('print.about')}</p>
        <div class="button-row">
          <Button onClick={() => globalThis.print()}>{t('print.button')}</Button>
          <Button onClick={props.onExport}>{t('csv.button')}</Button>
        </div>
        {props.exported && <p role="status">{props.exported}</p>}
      </section>
      <section class="nights-print">
        <SummaryFigures summary={summary} />
        <h3>{t('print.counts')}</h3>
        <ul>
          <li>
            {t(
              'print.jerks',
              count((n) => n.jerks !== null && n.jerks !== 'none'),
            )}
          </li>
          <li>
            {t(
              'print.jerkWoke',
              count((n) => n.jerkWokeMe === true),
            )}
          </li>
          <li>
            {t(
              'print.cramps',
              count((n) => n.cramp !== null && n.cramp !== 'none'),
            )}
          </li>
        </ul>
        <h3>{t('print.factors')}</h3>
        <ul>
          {eveningFactors.map((factor) => (
            <li key={factor}>
              {t('print.factor', {
                with: factorPhrase[factor](),
                ...count((n) => n.factors?.includes(factor) ?? false),
              })}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
