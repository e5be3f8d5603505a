// A worker that start.js starts as the page paints. Intl's first use loads ICU's locale and
// time-zone data: 20-50 ms of one task on a fast machine, over 150 ms on a slow phone, and no
// way to split it. Chromium loads that data once per renderer process, for the page and its
// workers alike, so loaded here, beside the page, it costs the page's own first formats next
// to nothing (src/lib/intl-ready.ts). The formats are those the first screen makes (its
// plurals come later, and cost little).
const options = { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, hour: 'numeric' };
new Intl.DateTimeFormat(undefined, options).format(0);
new Intl.DateTimeFormat('en-US', options).formatToParts(0);
new Intl.ListFormat().format(['a']);
postMessage(0);
