import type { Translation } from '../../lib/messages';
import type { t } from './messages';

/** Simplified Chinese for the cue settings: how the timers tell a person that a change has come. */
export default {
  heading: '提示',
  about: '呼吸计时器和拉伸如何提示你进入下一步。',
  tone: '每次变换时播放轻柔的提示音',
  toneVolume: '提示音音量',
  sample: '试听提示音',
  vibrate: '每次变换时振动',
  vibrateMissing: '这台设备或浏览器无法振动。',
  voice: '每次变换时说一个短词（“吸气”“屏息”“换腿”）',
  voiceMissing: '这台设备上没有找到可离线使用的语音。',
  still: '不动的呼吸引导',
  stillHint: '用大字和缓慢填满的进度条代替变大的圆圈。',
} satisfies Translation<typeof t>;
