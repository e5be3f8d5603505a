import type { Translation } from '../../lib/messages';
import type { t } from './messages';

/** Simplified Chinese for the update prompt. */
export default {
  ready: 'Lull 的新版本已准备好。',
  apply: '立即刷新',
  later: '稍后',
  elsewhereBusy: 'Lull 已在另一个标签页中更新。这个标签页会继续运行，等你完成后再刷新。',
  elsewhereDone: 'Lull 已在另一个标签页中更新。刷新这个标签页即可使用新版本。',
} satisfies Translation<typeof t>;
