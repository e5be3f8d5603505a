/** Numbers from `from` to `to` in steps of `step`. */
export function range(from: number, to: number, step = 1): number[] {
  const count = Math.round((to - from) / step) + 1;
  return Array.from({ length: count }, (_, index) => Math.round((from + index * step) * 10) / 10);
}
