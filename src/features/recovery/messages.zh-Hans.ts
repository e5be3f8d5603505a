import type { Translation } from '../../lib/messages';
import type { t } from './messages';

/** Simplified Chinese for the recovery screen, shown instead of a blank page when something breaks. */
export default {
  title: '出了点问题',
  reload: '刷新',
  body: '这个页面遇到了问题。你的设置和记录仍安全地保存在这台设备上。',
  export: '导出我的数据',
  exportHint: '如果问题反复出现，可以导出备份文件，保存 Lull 中所有内容的副本。',
  home: '前往“今晚”',
} satisfies Translation<typeof t>;
