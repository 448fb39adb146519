/** English UI strings of the group-upload area; spread into `en` (src/i18n/en.ts). */
export const enGroupUpload = {
  'groupUpload.title': 'Bulk upload users to groups',
  'groupUpload.oneTitle': 'Import users into {group}',
  'groupUpload.step.templates':
    'Download the templates. The User Group Mapping file lists each group’s members with Admin or Member; the optional Parent Group Mapping file makes groups sub-groups of others.',
  'groupUpload.step.templateOne':
    'Download the template: one row per member, with the phone number and Admin or Member.',
  'groupUpload.template.mapping': 'User Group Mapping template',
  'groupUpload.template.parents': 'Parent Group Mapping template',
  'groupUpload.template.one': 'Download Template',
  'groupUpload.mappingFile': 'User Group Mapping file',
  'groupUpload.parentFile': 'Parent Group Mapping file (optional)',
  'groupUpload.step.check':
    'Check the files first: every problem is listed by file, row and column, and nothing is written. Then upload them.',
  'groupUpload.checkFirst': 'Check the files to upload them.',
  'groupUpload.started':
    'The upload has started. Its progress and result are shown here and in the upload history.',
  'groupUpload.fatal': 'These files cannot be uploaded.',
  'groupUpload.inFile': '{file}: {message}',
  'groupUpload.summary':
    'Mapping rows read: {read}; parent rows read: {parentRead}. What an upload would do — groups created: {groupsCreated}; members added: {membershipsAdded}; roles changed: {membershipsChanged}; members unchanged: {membershipsUnchanged}; parent groups set: {linksSet}; new numbers added to Others: {usersCreated}. Rows that would fail: {failed}.',
  'groupUpload.ignoredTitle': 'Ignored parent rows: {count}',
  'groupUpload.ignoredAbout':
    'Their child group is not in the User Group Mapping file, so an upload skips them.',
  'groupUpload.ignoredLine': '{file}, row {row}, {column}: {value}',
  'groupUpload.log.file': 'File',

  'groupUpload.count.read': 'Mapping rows',
  'groupUpload.count.parentRead': 'Parent rows',
  'groupUpload.count.groupsCreated': 'Groups created',
  'groupUpload.count.membershipsAdded': 'Members added',
  'groupUpload.count.membershipsChanged': 'Roles changed',
  'groupUpload.count.membershipsUnchanged': 'Unchanged',
  'groupUpload.count.linksSet': 'Parent groups set',
  'groupUpload.count.usersCreated': 'New users in Others',
  'groupUpload.count.failed': 'Failed rows',
  'groupUpload.count.ignored': 'Ignored rows',

  'groupUpload.history.title': 'Group upload history',
  'groupUpload.history.titleOne': 'Import history of {group}',
  'groupUpload.history.none': 'No uploads yet.',
  'groupUpload.history.result': 'Result',
  'groupUpload.history.into': 'Into {group}',
  'groupUpload.history.openLog': 'detailed log',
  'groupUpload.downloadMapping': 'Download mapping file',
  'groupUpload.downloadParent': 'Download parent file',
  'groupUpload.job.progress': '{done} of {total} changes',
  'groupUpload.job.rate': '{rate} changes/s',

  'groupUpload.log.title': 'Upload of {date}',
  'groupUpload.log.files': 'Files',
  'groupUpload.log.started': 'Started',
  'groupUpload.log.finished': 'Finished',
  'groupUpload.log.none': 'No problems: every row was applied.',
  'groupUpload.log.more':
    'The first {shown} of {count} lines are shown; download the error log for all of them.',
  'groupUpload.log.caption': 'Problems by file, row and column',

  'groupUpload.export': 'Export Existing Groups',
  'groupUpload.exporting': 'Exporting…',
  'groupUpload.exported':
    'Exported — groups: {groups}; memberships: {memberships}; parent groups: {links}.',
  'groupUpload.exportSkipped':
    'Left out, because they have no members and the mapping file lists members: {names}.',

  'template.groupOne.line1':
    'Kaizala Lab template for importing users into one group. One row per member: phone number and user type.',
  'template.groupOne.line2':
    'User Type is Admin or Member. A Group Name column is optional; if you add it, it must name the group you import into.',

  'problem.group.upload.otherGroup':
    '{column}: “{value}” is not the group you are importing into ({group}). Import this row from that group’s page, or write {group} here.',
  'problem.group.upload.notInDirectory':
    '{column}: {value} is not in the directory. A private group can add only people who are; add them to the directory first, or check the number.',
  'problem.group.upload.parentNoRows':
    'The Parent Group Mapping file has a header but no rows, so no parent groups are set. Add one row per sub-group, or leave the file out.',
  'problem.group.upload.groupGone':
    'The group “{group}” no longer exists, so nothing was imported.',
  'problem.group.upload.cycleNow':
    'The hierarchy changed while the upload ran: making “{child}” a sub-group of “{parent}” would now make a cycle ({chain}), so this row was not applied. Check the hierarchy on the Groups page; to keep this link, first remove the one that closes the cycle, then upload this row again.',
  'problem.group.upload.linkGone':
    'The group “{group}” was made private or deleted while the upload ran, so “{child}” was not made a sub-group of “{parent}”: only organization groups have parent groups. Map it to the organization (or create it again), then upload this row again.',
  'error.group.upload.parentForOneGroup':
    'A Parent Group Mapping file cannot be used when importing into one group. Use Bulk Upload Users on the Groups page to set parent groups.',
} as const;
