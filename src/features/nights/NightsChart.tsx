import { chartHours, type ClockSpan, type NightRow } from './night-rows';
import { hourText, nightText } from './format';
import { t } from './messages';

// The drawing's own units; the SVG scales to the card's width.
const WIDTH = 340;
const LEFT = 62;
const TOP = 18;
const ROW = 20;
// Room on the right for the last hour's label and a cramp's mark after a late rise.
const RIGHT = 16;

/**
 * Each night of the page on a clock axis: the schedule's band, the time in bed, the time
 * asleep, a dot where jerks came as you dropped off (filled when one woke you) and a diamond
 * for a cramp. Colours come only from the theme's tokens (nights.css). `descriptionId` names
 * the sentence that describes it; the table beside it holds the same nights.
 */
export function NightsChart({ rows, descriptionId }: { rows: NightRow[]; descriptionId: string }) {
  const hours = chartHours(rows);
  const span = hours.to - hours.from;
  const x = (minutes: number) =>
    LEFT +
    (Math.min(Math.max(minutes, hours.from), hours.to) - hours.from) *
      ((WIDTH - LEFT - RIGHT) / span);
  const bar = ({ from, to }: ClockSpan, y: number, height: number, kind: string) => (
    <rect
      class={kind}
      x={x(from)}
      y={y}
      width={Math.max(1, x(to) - x(from))}
      height={height}
      rx={2}
    />
  );
  const step = span > 12 * 60 ? 180 : 120;
  const ticks: number[] = [];
  for (let at = Math.ceil(hours.from / step) * step; at <= hours.to; at += step) ticks.push(at);
  const height = TOP + rows.length * ROW + 4;
  return (
    <svg
      class="nights-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={descriptionId}
    >
      {ticks.map((at) => (
        <g key={at}>
          <line class="tick" x1={x(at)} x2={x(at)} y1={TOP - 4} y2={height} />
          <text class="axis" x={x(at)} y={10} text-anchor="middle">
            {hourText(at % 1440)}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const y = TOP + index * ROW;
        return (
          <g key={row.night}>
            <text class="axis" x={0} y={y + 14}>
              {nightText(row.night)}
            </text>
            {bar(row.schedule, y + 2, ROW - 4, 'band')}
            {row.state === 'unreadable' && (
              <text class="unreadable" x={LEFT + 4} y={y + 14}>
                {t('row.unreadable')}
              </text>
            )}
            {row.state === 'logged' && (
              <>
                {bar(row.inBed, y + 5, ROW - 10, 'in-bed')}
                {bar(row.asleep, y + 7, ROW - 14, 'asleep')}
                {row.entry.jerks !== null && row.entry.jerks !== 'none' && (
                  <circle
                    class={row.entry.jerkWokeMe ? 'jerk woke' : 'jerk'}
                    cx={x(row.asleep.from)}
                    cy={y + ROW / 2}
                    r={3.5}
                  />
                )}
                {row.entry.cramp !== null && row.entry.cramp !== 'none' && (
                  <path class="cramp" d={diamond(x(row.inBed.to) + 7, y + ROW / 2)} />
                )}
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** A small diamond centred on (cx, cy): the cramp's mark. */
export const diamond = (cx: number, cy: number) =>
  `M${cx} ${cy - 4}L${cx + 4} ${cy}L${cx} ${cy + 4}L${cx - 4} ${cy}Z`;

/** What each mark of the chart means, with the mark itself beside its words. */
export function ChartLegend() {
  const swatch = (mark: preact.JSX.Element) => (
    <svg class="nights-chart legend-mark" viewBox="0 0 16 12" aria-hidden="true">
      {mark}
    </svg>
  );
  const items = [
    [<rect class="band" x={0} y={1} width={16} height={10} rx={2} />, t('legend.schedule')],
    [<rect class="in-bed" x={0} y={3} width={16} height={6} rx={2} />, t('legend.inBed')],
    [<rect class="asleep" x={0} y={4} width={16} height={4} rx={2} />, t('legend.asleep')],
    [<circle class="jerk" cx={8} cy={6} r={3.5} />, t('legend.jerk')],
    [<circle class="jerk woke" cx={8} cy={6} r={3.5} />, t('legend.jerkWoke')],
    [<path class="cramp" d={diamond(8, 6)} />, t('legend.cramp')],
  ] as const;
  return (
    <ul class="chart-legend">
      {items.map(([mark, words]) => (
        <li key={words}>
          {swatch(mark)}
          {words}
        </li>
      ))}
    </ul>
  );
}
