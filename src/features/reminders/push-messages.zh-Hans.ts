import type { Translation } from '../../lib/messages';
import type { tp } from './push-messages';

/** Simplified Chinese for reminders from Lull's server. */
export default {
  'can.closed.push': '每次提醒时由 Lull 的服务器发送通知。你的日历也可以提醒你。',
  'can.closed.pending':
    'Lull 的服务器，等它收到你最新的作息时间之后：你回来时 Lull 会再试一次。在此之前，靠你的日历。',
  'can.closed.offer': '只有你的日历，除非你打开“即使 Lull 已关闭也提醒我”。',
  'can.closed.blocked': '只有你的日历：通知已被阻止，所以 Lull 的服务器无法提醒你。',
  'can.closed.install': '目前只有你的日历。先把 Lull 添加到主屏幕，Lull 的服务器也就能提醒你了。',
  'push.toggle': '即使 Lull 已关闭也提醒我',
  'push.problem.unreachable':
    '刚才无法连接 Lull 的服务器。你的选择已保留，你回来时 Lull 会再试一次。',
  'push.problem.refused':
    'Lull 的服务器没有接受这次更改。你的选择已保留，你下次更改时 Lull 会再试一次。',
  'push.problem.subscribe':
    '这个浏览器刚才无法设置来自 Lull 服务器的提醒。你回来时 Lull 会再试一次。',
} satisfies Translation<typeof tp>;
