const SIZE = 4096;

const table = (() => {
  const values = new Float32Array(SIZE + 1);
  for (let i = 0; i <= SIZE; i++) values[i] = Math.sin((2 * Math.PI * i) / SIZE);
  return values;
})();

/** sin(2π·phase) for phase in [0, 1), from a table (error below 3e-7): cheap oscillators. */
export function sineAt(phase: number): number {
  const position = phase * SIZE;
  const index = position | 0;
  const low = table[index];
  return low + (table[index + 1] - low) * (position - index);
}
