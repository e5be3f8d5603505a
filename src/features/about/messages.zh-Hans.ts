import type { Translation } from '../../lib/messages';
import type { t } from './messages';

/** Simplified Chinese for the About page; health wording follows CONTENT.md and its "never say" list. */
export default {
  title: '关于 Lull',
  'what.heading': 'Lull 是做什么的',
  'what.body':
    '每天晚上，Lull 陪你完成一段简短、平静的睡前放松：一份睡眠习惯清单、轻柔的小腿拉伸、缓慢的呼吸，然后是在你入睡时渐渐淡出的柔和声音。',
  'jerks.heading': '入睡时身体抽动',
  'jerks.body':
    '就在快要睡着时，身体突然抽动一下，或者有一种坠落感，这种入睡抽动很常见。大多数人偶尔都会遇到，偶尔出现一次是正常且无害的。',
  'jerks.more':
    '以下情况会让它更常出现：压力大、睡前思绪繁杂、过度疲劳、作息不规律、一天中较晚时摄入咖啡因、尼古丁、饮酒、晚上较晚时饱餐或剧烈运动、脚冷、睡姿别扭，以及白天喝水太少。',
  'cramps.heading': '夜间小腿抽筋',
  'cramps.body':
    '夜里腿部抽筋通常发生在小腿。睡前轻轻拉伸小腿和足部肌肉，是减少抽筋的常见方法。抽筋时，可以伸直腿，把脚趾向小腿方向拉；按摩这块肌肉；或者站起来，把脚跟压向地面。',
  'doctor.heading': '什么时候该看医生',
  'doctor.intro': '如果你有以下情况，值得去看看医生：',
  'doctor.nightly': '抽动一夜又一夜地出现，并且总是把你弄醒；',
  'doctor.daytime': '白天清醒时也会出现抽动；',
  'doctor.withSymptoms': '抽动的同时伴有头痛、头晕、无力或麻木；',
  'doctor.restless': '晚上总想活动双腿，腿里还有不舒服的感觉；或者抽筋频繁而且严重；',
  'doctor.weeks': '睡不好的情况持续了好几周。',
  notMedical: 'Lull 提供一般性的健康指导。它不是医疗器械，不能诊断或治疗任何疾病。',
  'privacy.heading': '隐私',
  'privacy.body':
    '你在 Lull 中的所有设置和操作都只保存在这台设备上。Lull 没有账户、没有统计分析、没有广告，首次访问之后，完全不联网也能使用。只有当你要求在 Lull 关闭时也提醒你，它才会把提醒所需的信息发送给 Lull 的服务器：提醒的时间和你的时区。',
  'version.heading': '版本',
  'version.value': 'Lull {version}',
  'storage.heading': '存储',
} satisfies Translation<typeof t>;
