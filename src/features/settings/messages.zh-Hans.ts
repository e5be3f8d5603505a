import type { Translation } from '../../lib/messages';
import type { t } from './messages';

/** Simplified Chinese for the Settings screen and the backup. */
export default {
  title: '设置',
  appearance: '外观',
  'language.legend': '语言',
  'language.system': '与本设备相同',
  'theme.legend': '主题',
  'theme.dark': '深色',
  'theme.darkHint': '深蓝黑色背景上的柔和浅色文字。',
  'theme.night': '夜灯',
  'theme.nightHint': '黑色背景上的红色和琥珀色，适合昏暗的房间。',
  'theme.system': '跟随系统',
  'theme.systemHint': '深色或浅色，跟随设备的设置。',
  'motion.legend': '动画',
  'motion.system': '跟随设备设置',
  'motion.reduce': '保持静止',
  'motion.reduceHint': '没有移动的图形；计时器以文字和缓慢填满的进度条显示。',
  data: '你的数据',
  'data.about':
    '你在 Lull 中设置的一切都保存在这台设备上。用备份文件可以把它们移到另一台设备，或者保存一份副本。',
  export: '导出我的数据',
  import: '导入备份',
  'import.confirmTitle': '替换你的数据？',
  'import.confirmBody.other':
    '这份{date}的备份将替换你当前的设置和记录（{count}条）。此操作无法撤销。',
  'import.confirmNights.other': '它还会用其中的{count}晚记录替换你的睡眠日记。',
  'import.badNights': '这份备份中有些夜晚无法读取（{nights}），因此无法恢复。没有做任何更改。',
  'import.dropped': '文件中有些值无效，将保持默认值。',
  'import.confirm': '替换我的数据',
  'import.cancel': '保留现有数据',
  'import.done': '已恢复你的备份。',
  'import.tooLarge': '这个文件超过5 MB，所以不是 Lull 的备份。没有做任何更改。',
  'import.notJson': '这个文件不是 Lull 的备份（无法作为 JSON 读取）。没有做任何更改。',
  'import.notLull': '这个文件不是 Lull 的备份。没有做任何更改。',
  'import.newer': '这份备份来自更新版本的 Lull。请先更新 Lull，再试一次。没有做任何更改。',
  'import.wrongShape': '这份备份已损坏，无法恢复。没有做任何更改。',
  'import.unreadable': '无法读取这个文件。没有做任何更改。',
  'export.done': '备份已保存为{name}。',
  storage: '存储',
  'storage.disk': '已保存在这台设备上。',
  'storage.memory': '只保留到你关闭 Lull 为止：这个浏览器不允许 Lull 保存。',
  'storage.persisted': '你的浏览器已承诺保留 Lull 的数据。',
  'about.link': '关于 Lull、隐私与健康说明',
  'storage.notPersisted':
    '如果设备空间不足，浏览器可能会清除 Lull 的数据。安装 Lull 可以减少这种可能。',
} satisfies Translation<typeof t>;
