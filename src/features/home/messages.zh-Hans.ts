import type { Translation } from '../../lib/messages';
import type { t } from './messages';

/** Simplified Chinese for the Tonight screen. */
export default {
  title: '今晚',
  'windDown.in': '{time}后开始睡前放松',
  'windDown.now': '该开始睡前放松了',
  'windDown.at': '{time}开始',
  'windDown.since': '从{time}开始',
  'bedtime.in': '{time}后就寝',
  'bedtime.at': '{time}就寝',
  'windDown.start': '开始睡前放松',
  asleep: '到就寝时间了。安心休息，不用着急。',
  'asleep.next': '下一次睡前放松在{at}开始，还有{time}。',
  'streak.other': '已连续{count}晚完成睡前流程',
  'schedule.link': '修改作息时间',
  'checkIn.offer': '你睡得怎么样？',
  'more.settings': '设置',
  'more.about': '关于 Lull',
  'duration.hm': '{hours}小时{minutes}分',
  'duration.h': '{hours}小时',
  'duration.m': '{minutes}分钟',
} satisfies Translation<typeof t>;
