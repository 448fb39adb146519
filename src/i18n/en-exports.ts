/** English UI strings of exports (Directory → Export Users, its history); added to `en`'s keys. */
export const enExports = {
  'export.title': 'Export users',
  'export.intro':
    'Makes a CSV file of the directory: Phone Number, Name, Network, Source, Created and every attribute. It is written in the background; when its status is Completed, download it from Export History. The file can be uploaded again through Import Users as it is.',
  'export.scope': 'Users to export',
  'export.scope.all': 'Everyone (Employee and Others)',
  'export.scope.employee': 'Employee only',
  'export.scope.others': 'Others only',
  'export.submit': 'Create request',
  'export.history.title': 'Export History',
  'export.history.none':
    'No exports yet. Use Export Users → Create New Request to make a CSV file of the directory.',
  'export.history.by': 'Exported by',
  'export.history.rows.one': '{count} row',
  'export.history.rows.other': '{count} rows',
  'export.download': 'Download',
  'export.job.progress': '{done} of {total} users read',
  'export.job.rate': '{rate} users/s',
  'export.orgAdminsOnly':
    'Only org admins export users. Act as an org admin (the switcher at the top) to try it.',
} as const;
