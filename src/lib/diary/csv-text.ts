// Comma-separated values as RFC 4180 writes them: CRLF between records, and a field with a
// comma, a quote or a line break in double quotes, its quotes doubled.

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted when it must be. */
export const csvField = (value: string) =>
  NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** Rows as CSV text, each record ended by CRLF. */
export const toCsv = (rows: readonly (readonly string[])[]) =>
  rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');

/**
 * Reads CSV text back into rows. Lenient where spreadsheets differ: a leading byte-order mark,
 * bare LF line ends and a last record without a line end are all read.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = text.startsWith('\uFEFF') ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else quoted = false;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') endField();
    else if (char === '\n') endRow();
    else if (char === '\r' && text[index + 1] === '\n') {
      endRow();
      index += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0 || quoted) endRow();
  return rows;
}
