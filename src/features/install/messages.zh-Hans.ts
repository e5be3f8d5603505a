import type { Translation } from '../../lib/messages';
import type { t } from './messages';

/** Simplified Chinese for the install offer. */
export default {
  offer: '把 Lull 添加到主屏幕：它会像应用一样打开，没有网络也能使用。',
  install: '安装 Lull',
  'ios.open': '将 Lull 添加到主屏幕',
  'ios.title': '将 Lull 添加到主屏幕',
  'ios.share': '轻点 Safari 工具栏中的“共享”按钮。',
  'ios.add': '选择“添加到主屏幕”，然后轻点“添加”。',
  'ios.open-from-home': '从新图标打开 Lull。你的设置会一起带过去。',
  'ios.close': '完成',
} satisfies Translation<typeof t>;
