// The loudness test's printed table: what each row measured, and for a soundscape the gain
// that would bring it back to the target, ready to copy into soundscapes/loudness.ts (for a
// preset, the factor for its sliders).
import { LOUDNESS_TARGET_LUFS } from '../../src/lib/audio/soundscapes/loudness';

/** One measured row: a soundscape alone or a preset. */
export interface LoudnessRow {
  name: string;
  lufs: number;
  truePeakDb: number;
  /** The soundscape's entry in soundscapeGainDb (none for a preset). */
  gainDb?: number;
}

const signed = (value: number) => {
  const text = value.toFixed(1);
  return text.startsWith('-') && text !== '-0.0' ? text : `+${text.replace('-', '')}`;
};

/** The rows as a plain-text table, one line each, with a header. */
export function loudnessTable(rows: readonly LoudnessRow[]): string {
  const header = ['', 'LUFS', 'off by (LU)', 'true peak (dBTP)', 'gain (dB)', 'gain to use'];
  const lines = rows.map(({ name, lufs, truePeakDb, gainDb }) => {
    const off = lufs - LOUDNESS_TARGET_LUFS;
    return [
      name,
      lufs.toFixed(1),
      signed(off),
      truePeakDb.toFixed(1),
      gainDb === undefined ? '' : signed(gainDb),
      // A preset's sliders all times one factor: each layer's gain (the slider squared)
      // moves by the same dB, so its balance stays.
      gainDb === undefined
        ? `sliders x${Math.pow(10, -off / 40).toFixed(2)}`
        : signed(gainDb - off),
    ];
  });
  const widths = header.map((_, c) => Math.max(...[header, ...lines].map((l) => l[c].length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ');
  return [
    `Loudness, target ${LOUDNESS_TARGET_LUFS} LUFS`,
    format(header),
    ...lines.map(format),
  ].join('\n');
}
