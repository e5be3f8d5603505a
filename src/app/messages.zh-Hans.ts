import type { Translation } from '../lib/messages';
import type { t } from './messages';

/** Simplified Chinese for the app shell: navigation, storage banners, loading, a missing page. */
export default {
  brand: 'Lull',
  skip: '跳到主要内容',
  'nav.label': '主导航',
  'nav.home': '今晚',
  'nav.settings': '设置',
  'nav.breathe': '呼吸',
  'nav.stretch': '拉伸',
  'nav.sounds': '声音',
  'nav.nights': '睡眠日记',
  'storage.memory':
    'Lull 现在无法在这台设备上保存（无痕浏览可能导致这种情况）。你的更改会保留到你关闭 Lull 为止。',
  'storage.quota':
    '这台设备的存储空间已满，所以你最近的更改只会保留到你关闭 Lull 为止。腾出一些空间后，Lull 就能再次保存。',
  'storage.reset': '有几项已保存的设置无法读取，已恢复为默认值。其他一切都保持你离开时的样子。',
  'notice.dismiss': '关闭',
  loading: '正在打开 Lull',
  'notFound.title': '这里什么也没有',
  'notFound.body': '这个页面不属于 Lull。',
  'notFound.home': '前往“今晚”',
} satisfies Translation<typeof t>;
