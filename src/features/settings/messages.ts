import { messages } from '../../lib/messages';

/** Words of the Settings screen and the backup. */
export const t = messages('features/settings/messages', {
  en: {
    title: 'Settings',
    appearance: 'Appearance',
    'language.legend': 'Language',
    'language.system': 'Same as this device',
    'theme.legend': 'Theme',
    'theme.dark': 'Dark',
    'theme.darkHint': 'Soft light text on deep blue-black.',
    'theme.night': 'Night light',
    'theme.nightHint': 'Red and amber on black, for a dark room.',
    'theme.system': 'Follow system',
    'theme.systemHint': 'Dark or light, as your device is set.',
    'motion.legend': 'Motion',
    'motion.system': 'As my device is set',
    'motion.reduce': 'Keep things still',
    'motion.reduceHint': 'No moving shapes; timers show as text and slowly filling bars.',
    data: 'Your data',
    'data.about':
      'Everything you set in Lull stays on this device. A backup file lets you move it to another device or keep a copy.',
    export: 'Export my data',
    import: 'Import a backup',
    'import.confirmTitle': 'Replace your data?',
    'import.confirmBody.one':
      'This backup from {date} will replace your current settings and journal ({count} entry). This cannot be undone.',
    'import.confirmBody.other':
      'This backup from {date} will replace your current settings and journal ({count} entries). This cannot be undone.',
    'import.confirmNights.one':
      'It also replaces your sleep diary with the {count} night it holds.',
    'import.confirmNights.other':
      'It also replaces your sleep diary with the {count} nights it holds.',
    'import.badNights':
      'Some nights in that backup could not be read ({nights}), so it cannot be restored. Nothing was changed.',
    'import.dropped': 'Some values in the file were not valid and will be left at their defaults.',
    'import.confirm': 'Replace my data',
    'import.cancel': 'Keep what I have',
    'import.done': 'Your backup is restored.',
    'import.tooLarge':
      'That file is larger than 5 MB, so it is not a Lull backup. Nothing was changed.',
    'import.notJson':
      'That file is not a Lull backup (it is not readable as JSON). Nothing was changed.',
    'import.notLull': 'That file is not a Lull backup. Nothing was changed.',
    'import.newer':
      'That backup comes from a newer version of Lull. Update Lull, then try again. Nothing was changed.',
    'import.wrongShape': 'That backup is damaged and cannot be restored. Nothing was changed.',
    'import.unreadable': 'That file could not be read. Nothing was changed.',
    'export.done': 'Backup saved as {name}.',
    storage: 'Storage',
    'storage.disk': 'Saved on this device.',
    'storage.memory': 'Only kept until you close Lull: this browser is not letting Lull save.',
    'storage.persisted': 'Your browser has promised to keep Lull’s data.',
    'about.link': 'About Lull, privacy and health notes',
    'storage.notPersisted':
      'Your browser may clear Lull’s data if the device runs low on space. Installing Lull makes that less likely.',
  },
});
