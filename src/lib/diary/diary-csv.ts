import { parseCsv, toCsv } from './csv-text';
import { factorPhrase } from './diary-words';
import { nightFigures } from './figures';
import { t } from './messages';
import {
  eveningFactors,
  type LocalTime,
  type NightEntry,
  type UnreadableNight,
} from './night-entry';
import { readNight } from './night-reader';

type Cell = string;
const NO_STEPS = 'none';
/** How one answer goes into a cell, and back into the stored shape. */
interface Column {
  header: () => string;
  write: (night: NightEntry) => Cell;
  read: (cell: Cell, raw: Record<string, unknown>) => void;
}

// ISO 8601 local date-time ("2027-03-28T23:30"): a spreadsheet reads it as a date and time.
const moment = (
  name: 'intoBed' | 'triedToSleep' | 'finalWaking' | 'outOfBed',
  header: () => string,
) => ({
  header,
  write: (night: NightEntry) => `${night[name].date}T${night[name].time}`,
  read: (cell: Cell, raw: Record<string, unknown>) => {
    const [date, time] = cell.split('T');
    raw[name] = { date, time } satisfies LocalTime;
  },
});
const number = (
  name: 'minutesToFallAsleep' | 'wakings' | 'minutesAwake',
  header: () => string,
) => ({
  header,
  write: (night: NightEntry) => String(night[name]),
  read: (cell: Cell, raw: Record<string, unknown>) =>
    void (raw[name] = cell === '' ? null : Number(cell)),
});
// Answers are written as their ids ("very-poor"); an unanswered one is an empty cell.
const answer = (
  name: 'quality' | 'rested' | 'jerks' | 'cramp' | 'crampLeg',
  header: () => string,
) => ({
  header,
  write: (night: NightEntry) => night[name] ?? '',
  read: (cell: Cell, raw: Record<string, unknown>) => void (raw[name] = cell === '' ? null : cell),
});
const yesNo = (name: 'jerkWokeMe' | 'daytimeTwitching', header: () => string) => ({
  header,
  write: (night: NightEntry) => (night[name] === null ? '' : night[name] ? 'yes' : 'no'),
  read: (cell: Cell, raw: Record<string, unknown>) =>
    void (raw[name] = cell === '' ? null : cell === 'yes' ? true : cell === 'no' ? false : cell),
});

// One yes/no column per factor; all empty means the row was left unanswered.
const factorColumns: Column[] = eveningFactors.map((factor) => ({
  header: () => t('csv.factor', { with: factorPhrase[factor]() }),
  write: (night) => (night.factors === null ? '' : night.factors.includes(factor) ? 'yes' : 'no'),
  read: (cell, raw) => {
    if (cell === '') return;
    const factors = Array.isArray(raw.factors) ? raw.factors : (raw.factors = []);
    if (cell === 'yes') factors.push(factor);
    else if (cell !== 'no') factors.push(cell);
  },
}));

const written = (header: () => string, write: (night: NightEntry) => Cell): Column => ({
  header,
  write,
  read: () => undefined,
});

/** The diary's columns, in order, named after its questions. */
const columns: Column[] = [
  {
    header: () => t('csv.night'),
    write: (night) => night.night,
    read: (cell, raw) => void (raw.night = cell),
  },
  {
    header: () => t('csv.timeZone'),
    write: (night) => night.timeZone,
    read: (cell, raw) => void (raw.timeZone = cell),
  },
  moment('intoBed', () => t('csv.intoBed')),
  moment('triedToSleep', () => t('csv.triedToSleep')),
  number('minutesToFallAsleep', () => t('csv.minutesToFallAsleep')),
  number('wakings', () => t('csv.wakings')),
  number('minutesAwake', () => t('csv.minutesAwake')),
  moment('finalWaking', () => t('csv.finalWaking')),
  moment('outOfBed', () => t('csv.outOfBed')),
  answer('quality', () => t('csv.quality')),
  answer('rested', () => t('csv.rested')),
  answer('jerks', () => t('csv.jerks')),
  yesNo('jerkWokeMe', () => t('csv.jerkWokeMe')),
  answer('cramp', () => t('csv.cramp')),
  answer('crampLeg', () => t('csv.crampLeg')),
  yesNo('daytimeTwitching', () => t('csv.daytimeTwitching')),
  ...factorColumns,
  {
    header: () => t('csv.windDownDone'),
    // "none" tells a night with no step done from one where the question was not answered.
    write: (night) => (night.windDownDone === null ? '' : night.windDownDone.join(' ') || NO_STEPS),
    read: (cell, raw) =>
      void (raw.windDownDone = cell === '' ? null : cell === NO_STEPS ? [] : cell.split(' ')),
  },
  {
    header: () => t('csv.note'),
    write: (night) => night.note,
    read: (cell, raw) => void (raw.note = cell),
  },
  {
    header: () => t('csv.savedAt'),
    write: (night) => new Date(night.savedAt).toISOString(),
    read: (cell, raw) => void (raw.savedAt = Date.parse(cell)),
  },
  // The figures, for whoever reads the file; derived, so never read back.
  written(
    () => t('csv.timeInBed'),
    (night) => String(nightFigures(night).timeInBed),
  ),
  written(
    () => t('csv.totalSleep'),
    (night) => String(nightFigures(night).totalSleep),
  ),
  written(
    () => t('csv.efficiency'),
    (night) => String(Math.round(nightFigures(night).efficiency * 100)),
  ),
];

/** "Export nights (CSV)": a header row, then one row per night, oldest first. */
export function diaryToCsv(nights: readonly NightEntry[]): string {
  const sorted = [...nights].sort((a, b) => a.night.localeCompare(b.night));
  const rows = [
    columns.map((column) => column.header()),
    ...sorted.map((night) => columns.map((column) => column.write(night))),
  ];
  // The byte-order mark tells spreadsheets the file is UTF-8, so comments in any script read right.
  return '\uFEFF' + toCsv(rows);
}

/** Reads a diary CSV back; each row goes through the night reader, so a bad row is unreadable. */
export function diaryFromCsv(text: string): (NightEntry | UnreadableNight)[] {
  const [, ...rows] = parseCsv(text);
  return rows.map((row, index) => {
    const key = row[0] || `row ${index + 2}`;
    if (row.length !== columns.length) return { unreadable: true, key };
    const raw: Record<string, unknown> = { version: 1, factors: null };
    columns.forEach((column, at) => column.read(row[at], raw));
    return readNight(raw, key);
  });
}
