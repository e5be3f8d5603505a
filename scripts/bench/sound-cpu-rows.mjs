// The rows of scripts/bench/sound-cpu.mjs in npm run bench's table.

/**
 * The sound-CPU figures with their budgets: the ratios against looped buffers, then each side.
 * @type {Array<{ key: string, label: string, unit: string, budget?: number, better: 'lower' | 'higher', digits?: number }>}
 */
export const soundCpuMetrics = [
  {
    key: 'ratioVisible',
    label: 'Sound mix CPU against looped buffers, page shown',
    unit: 'x',
    budget: 1.5,
    better: 'lower',
    digits: 2,
  },
  {
    key: 'ratioHidden',
    label: 'Sound mix CPU against looped buffers, page hidden',
    unit: 'x',
    budget: 1.5,
    better: 'lower',
    digits: 2,
  },
  ...[
    ['lullVisible', 'Sound mix: CPU per minute, shown'],
    ['floorVisible', 'Looped buffers: CPU per minute, shown'],
    ['lullHidden', 'Sound mix: CPU per minute, hidden'],
    ['floorHidden', 'Looped buffers: CPU per minute, hidden'],
  ].map(([key, label]) => ({
    key,
    label,
    unit: 's',
    better: /** @type {const} */ ('lower'),
    digits: 2,
  })),
];
