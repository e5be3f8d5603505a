import { clockTimeText, nightText } from './format';
import { t } from './messages';
import type { NightRow } from './night-rows';
import { crampText, figureTexts, jerksText } from './night-words';

/** The link to fill in, or change, one night's check-in. */
export const checkInHref = (night: string) => `/check-in?night=${night}`;

/**
 * The chart's nights as a table: the same facts for screen readers and for anyone. Its caption
 * repeats the chart's description, which is already on screen just above.
 */
export function NightsTable({ rows, caption }: { rows: NightRow[]; caption: string }) {
  return (
    <div class="table-scroll">
      <table class="nights-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.night')}</th>
            <th scope="col">{t('col.intoBed')}</th>
            <th scope="col">{t('col.outOfBed')}</th>
            <th scope="col">{t('col.totalSleep')}</th>
            <th scope="col">{t('col.efficiency')}</th>
            <th scope="col">{t('col.jerks')}</th>
            <th scope="col">{t('col.cramp')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.night}>
              <th scope="row">
                <a href={checkInHref(row.night)}>{nightText(row.night)}</a>
              </th>
              {row.state === 'logged' ? (
                <LoggedCells row={row} />
              ) : (
                <td colSpan={6} class="muted">
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

function LoggedCells({ row }: { row: Extract<NightRow, { state: 'logged' }> }) {
  const figures = figureTexts(row);
  return (
    <>
      <td>{clockTimeText(row.entry.intoBed.time)}</td>
      <td>{clockTimeText(row.entry.outOfBed.time)}</td>
      <td>{figures.totalSleep}</td>
      <td>{figures.efficiency}</td>
      <td>{jerksText(row.entry)}</td>
      <td>{crampText(row.entry)}</td>
    </>
  );
}
