import { eveningFactors, type NightEntry } from '../../lib/diary/night-entry';
import { factorPhrase } from '../../lib/diary/diary-words';
import type { NightsSummary } from '../../lib/diary/summary';
import { Button } from '../../ui/Button';
import { clockTimeText, minutesText, nightText } from './format';
import { t } from './messages';
import type { NightRow } from './night-rows';
import { crampText, factorsText, figureTexts, jerksText, qualityWord } from './night-words';
import { SummaryFigures } from './NightsSummary';

// The diary's questions and figures, as the paper's table heads them.
const columns = [
  () => t('col.night'),
  () => t('col.intoBed'),
  () => t('col.triedToSleep'),
  () => t('col.toFallAsleep'),
  () => t('col.wakings'),
  () => t('col.awake'),
  () => t('col.finalWaking'),
  () => t('col.outOfBed'),
  () => t('col.quality'),
  () => t('col.timeInBed'),
  () => t('col.totalSleep'),
  () => t('col.efficiency'),
  () => t('col.jerks'),
  () => t('col.cramp'),
  () => t('col.factors'),
];

/**
 * "Summary for a doctor": on screen, the buttons that print it and export the CSV; on paper
 * (nights.css prints only this), the page's two weeks as the diary's table with its figures,
 * the jerk and cramp counts and the evening's factors, dark on white whatever the theme.
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
        <h2 id="nights-print-heading">
          {t('print.heading', { from: nightText(rows[0].night), to: nightText(summary.to) })}
        </h2>
        <table class="print-table" aria-labelledby="nights-print-heading">
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th key={index}>{column()}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <PrintRow key={row.night} row={row} />
            ))}
          </tbody>
        </table>
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

function PrintRow({ row }: { row: NightRow }) {
  if (row.state !== 'logged')
    return (
      <tr>
        <th scope="row">{nightText(row.night)}</th>
        <td colSpan={columns.length - 1}>
          {row.state === 'unreadable' ? t('row.unreadable') : t('row.notLogged')}
        </td>
      </tr>
    );
  const night = row.entry;
  const figures = figureTexts(row);
  const cells = [
    clockTimeText(night.intoBed.time),
    clockTimeText(night.triedToSleep.time),
    minutesText(night.minutesToFallAsleep),
    String(night.wakings),
    minutesText(night.minutesAwake),
    clockTimeText(night.finalWaking.time),
    clockTimeText(night.outOfBed.time),
    qualityWord[night.quality](),
    figures.timeInBed,
    figures.totalSleep,
    figures.efficiency,
    jerksText(night),
    crampText(night),
    factorsText(night),
  ];
  return (
    <tr>
      <th scope="row">{nightText(row.night)}</th>
      {cells.map((cell, index) => (
        <td key={index}>{cell}</td>
      ))}
    </tr>
  );
}
