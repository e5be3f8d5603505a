import type { Translation } from '../messages';
import type { t } from './messages';

/** Simplified Chinese for the names of the breathing patterns, calf stretches and sound presets. */
export default {
  'pattern.4-7-8': '4-7-8',
  'pattern.box': '箱式呼吸',
  'pattern.resonant': '共振呼吸',
  'pattern.long-exhale': '长呼气',
  'pattern.custom': '自定义',
  'stretch.wall-calf': '扶墙小腿拉伸',
  'stretch.bent-knee': '屈膝扶墙拉伸',
  'stretch.towel': '坐姿毛巾拉伸',
  'stretch.ankle-circles': '脚踝绕圈',
  'stretch.toes': '脚趾蜷起与张开',
  'preset.rainy-night': '雨夜',
  'preset.seaside': '海边',
  'preset.forest-night': '林中夜晚',
} satisfies Translation<typeof t>;
