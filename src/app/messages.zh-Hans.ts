import type { Translation } from '../lib/messages';
import type { t } from './messages';

/** Simplified Chinese for the app shell: navigation, loading, a missing page. */
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
  loading: '正在打开 Lull',
  'notFound.title': '这里什么也没有',
  'notFound.body': '这个页面不属于 Lull。',
  'notFound.home': '前往“今晚”',
} satisfies Translation<typeof t>;
