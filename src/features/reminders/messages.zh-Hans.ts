import type { Translation } from '../../lib/messages';
import type { t } from './messages';

/** Simplified Chinese for reminders: the notifications, the in-app banner and the schedule's section. */
export default {
  'windDown.title': '该开始睡前放松了',
  'windDown.body': '就寝时间是{time}。调暗灯光，放下屏幕。',
  'bedtime.title': '该睡觉了',
  'bedtime.body': '关灯吧，今天的事留到明天再说。睡个好觉。',
  'wake.title': '填写昨晚的情况？',
  'wake.body': '趁还记得清楚，轻点几下记下你睡得怎么样。',
  'action.start': '开始睡前放松',
  'action.fillIn': '填写昨晚',
  'action.snooze': '10分钟后提醒',
  'banner.dismiss': '关闭',
  heading: '提醒',
  'toggle.windDown': '到睡前放松时间时提醒我',
  'toggle.bedtime': '到就寝时间时提醒我',
  'toggle.wake': '提醒我填写昨晚的情况',
  explain: '要在后台提醒你，Lull 需要你允许它显示通知。',
  allow: '允许通知',
  'guide.chromium':
    'Lull 的通知已被阻止。要允许通知，请轻点地址栏左侧的图标，打开“权限”或“网站设置”，把“通知”设为“允许”。',
  'guide.chromiumApp':
    'Lull 的通知已被阻止。要允许通知，请打开 Lull 的应用信息（长按它的图标，或使用窗口顶部的菜单），然后允许通知。',
  'guide.ios':
    'Lull 的通知已被阻止。要允许通知，请打开“设置”，然后是“通知”，再选 Lull，打开“允许通知”。',
  'guide.iosInstall':
    '在 iPhone 和 iPad 上，提醒需要把 Lull 添加到主屏幕：轻点“共享”，然后选“添加到主屏幕”，再从主屏幕打开 Lull。之后可以在“设置”的“通知”中找到 Lull。',
  'guide.safari':
    'Lull 的通知已被阻止。要允许通知，请选择 Safari，然后是“设置”，再是“网站”，然后是“通知”，把 Lull 设为“允许”。',
  'guide.firefox':
    'Lull 的通知已被阻止。要允许通知，请点按地址栏左侧的图标，取消对“发送通知”的阻止。',
  'guide.other': 'Lull 的通知已被阻止。要允许通知，请在浏览器中打开这个网站的设置，允许通知。',
  'guide.none':
    '这个浏览器无法显示通知。Lull 在前台时会在屏幕上提醒你，你的日历则随时都可以提醒你。',
  'can.heading': '这台设备上有什么可以提醒你',
  'can.open': '当 Lull 打开着或在后台标签页中时',
  'can.open.notify': '每次提醒时发送通知，Lull 在前台时还会在屏幕上显示提示。',
  'can.open.ask': 'Lull 在前台时在屏幕上显示提示。允许通知后，还会发送通知。',
  'can.open.blocked': 'Lull 在前台时只能在屏幕上显示提示：通知已被阻止。',
  'can.open.install': 'Lull 在前台时只能在屏幕上显示提示：通知需要把 Lull 添加到主屏幕。',
  'can.open.none': 'Lull 在前台时只能在屏幕上显示提示：这个浏览器无法显示通知。',
  'can.paused':
    '手机或浏览器可能会在 Lull 不在眼前时暂停它，所以来自 Lull 的提醒可能会迟到，甚至不来。',
  'can.closed': '当 Lull 已关闭时',
  'can.closed.calendar': '只有你的日历，在睡前放松开始时响铃提醒。这是可以依靠的提醒。',
  'can.toCalendar': '前往“添加到日历”',
} satisfies Translation<typeof t>;
