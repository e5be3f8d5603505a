import type { ComponentChildren } from 'preact';
import { clockTimeText, minutesText, nightText } from './format';
import { t } from './messages';
import type { NightRow } from './night-rows';
import { crampText, factorsText, figureTexts, jerksText, qualityWord } from './night-words';

/** The link to fill in, or change, one night's check-in. */
export const checkInHref = (night: string) => `/check-in?night=${night}`;

// The diary's questions and figures in the paper's order. The screen shows the short set; the
// printed summary shows them all, so one table serves both.
const columns: { head: () => string; onScreen: boolean }[] = [
  { head: () => t('col.intoBed'), onScreen: true },
  { head: () => t('col.triedToSleep'), onScreen: false },
  { head: () => t('col.toFallAsleep'), onScreen: false },
  { head: () => t('col.wakings'), onScreen: false },
  { head: () => t('col.awake'), onScreen: false },
  { head: () => t('col.finalWaking'), onScreen: false },
  { head: () => t('col.outOfBed'), onScreen: true },
  { head: () => t('col.quality'), onScreen: false },
  { head: () => t('col.timeInBed'), onScreen: false },
  { head: () => t('col.totalSleep'), onScreen: true },
  { head: () => t('col.efficiency'), onScreen: true },
  { head: () => t('col.jerks'), onScreen: true },
  { head: () => t('col.cramp'), onScreen: true },
  { head: () => t('col.factors'), onScreen: false },
];
const cellClass = (index: number) => (columns[index].onScreen ? undefined : 'print-only');

/**
 * The chart's nights as a table: the same facts for screen readers and for anyone, and on paper
 * the diary's whole table. Its caption repeats the chart's description, shown just above.
 */
export function NightsTable({ rows, caption }: { rows: NightRow[]; caption: string }) {
  return (
    <div class="table-scroll">
      <table class="nights-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.night')}</th>
            {columns.map((column, index) => (
              <th key={index} scope="col" class={cellClass(index)}>
                {column.head()}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.night}>
              <th scope="row">
                <a href={checkInHref(row.night)}>{nightText(row.night)}</a>
              </th>
              {row.state === 'logged' ? (
                loggedCells(row).map((cell, index) => (
                  <td key={index} class={cellClass(index)}>
                    {cell}
                  </td>
                ))
              ) : (
                <td colSpan={columns.length} class="muted">
                  {row.state === 'unreadable' ? t('row.unreadable') : t('row.notLogged')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function loggedCells(row: Extract<NightRow, { state: 'logged' }>): ComponentChildren[] {
  const night = row.entry;
  const figures = figureTexts(row);
  return [
    clockTimeText(night.intoBed.time),
    clockTimeText(night.triedToSleep.time),
    minutesText(night.minutesToFallAsleep),
    night.wakings,
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
}
