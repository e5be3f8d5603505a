import type { Translation } from '../messages';
import type { t } from './reminder-words';

/** Simplified Chinese for a reminder the service worker words itself (the same as the page's). */
export default {
  'windDown.title': '该开始睡前放松了',
  'windDown.body': '就寝时间是{time}。调暗灯光，放下屏幕。',
  'bedtime.title': '该睡觉了',
  'bedtime.body': '关灯吧，今天的事留到明天再说。睡个好觉。',
  'wake.title': '填写昨晚的情况？',
  'wake.body': '趁还记得清楚，轻点几下记下你睡得怎么样。',
  'action.start': '开始睡前放松',
  'action.snooze': '10分钟后提醒',
} satisfies Translation<typeof t>;
