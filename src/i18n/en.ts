import type { enGroups } from './en-groups';
import type { enCatalog } from './en-catalog';
import type { enReports } from './en-reports';
import type { enExports } from './en-exports';
import type { enGroupUpload } from './en-group-upload';
import type { enPractice } from './en-practice';
import type { enPages } from './en-pages';

/** English UI strings of the core pages: the reference key set. Placeholders are `{name}`. */
export const en = {
  'common.loading': 'Loading…',
  'common.retry': 'Retry',
  'common.close': 'Close',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.discard': 'Discard',
  'common.remove': 'Remove',
  'common.delete': 'Delete',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.noValue': '(no value)',
  'common.actions': 'Actions',
  'table.scrollRegion': '{name} — scroll sideways to see every column',

  'nav.label': 'Portal sections',
  'nav.directory': 'Directory',
  'nav.groups': 'Groups',
  'nav.actions': 'Actions',
  'nav.connectors': 'Connectors',
  'nav.reports': 'Reports',
  /** Under every chart of the lab (src/ui/kit/Chart.tsx). */
  'chart.figures': 'Figures as a table',
  'nav.settings': 'Settings',

  'onboarding.title': 'Set up your sandbox organization',
  'onboarding.intro':
    'Everything you do here is stored only in this browser. Start a new organization, load a ready-made demo organization, or restore a tenant export.',
  'onboarding.new': 'New organization',
  'onboarding.regionHint': 'Phone numbers written without a + are read as numbers of this country.',
  'onboarding.adminName': 'Your name (first org admin)',
  'onboarding.adminPhone': 'Your phone number',
  'onboarding.create': 'Create organization',
  'onboarding.demo': 'Demo organization',
  'onboarding.demoText':
    'Contoso Logistics: 320 users, attributes, a three-level group hierarchy. The same data every time.',

  'actor.actingAs': 'Acting as',
  'actor.none': 'nobody',
  'actor.switch': 'Act as another user',
  'actor.search': 'Find a user by name or number',
  'actor.noResults': 'No users match.',

  'role.orgAdmin': 'Org admin',
  'role.groupAdmin': 'Group admin',
  'role.member': 'Member',
  'role.admin': 'Admin',

  'network.employee': 'Employee',
  'network.others': 'Others',

  'source.portal': 'Portal',
  'source.import': 'Import',
  'source.group-admin': 'Added by group admin',
  'source.directory-sync': 'Directory sync',
  'source.office365-sign-in': 'Office 365 sign-in',

  'field.phone': 'Phone number',
  'field.name': 'Name',
  'field.orgName': 'Organization name',
  'field.region': 'Country or region',

  'column.phone': 'Phone number',
  'column.name': 'Name',
  'column.network': 'Network',
  'column.source': 'Source',
  'column.createdAt': 'Created',
  'column.updatedAt': 'Updated',
  'column.orgRole': 'Organization role',

  'directory.networks': 'Networks',
  'directory.search': 'Search users',
  'directory.searchPlaceholder': 'Name or phone number',
  'directory.addUsers': 'Add Users',
  'directory.addUsersManual': 'Add users…',
  'directory.more': 'More',
  'directory.selectColumns': 'Select Columns',
  'directory.manageAttributes': 'Manage Attributes',
  'directory.deletedUsers': 'Deleted users',
  'directory.importUsers': 'Import Users…',
  'directory.importHistory': 'View Import History',
  'directory.exportUsers': 'Export Users',
  'directory.exportCreate': 'Create New Request…',
  'directory.exportHistory': 'View Export History',
  'directory.back': 'Back to the directory',
  'directory.selectAll': 'Select all ({count})',
  'directory.selectFirst': 'Select the first {max}',
  'directory.selectedFirst':
    'Selected the first {max} of {count} users: at most {max} are deleted at a time.',
  'directory.count.one': '{count} user',
  'directory.count.other': '{count} users',
  'directory.countUpdating.one': '{count} user — updating the list with the latest changes…',
  'directory.countUpdating.other': '{count} users — updating the list with the latest changes…',
  'directory.searchCount.one': '{count} user matches',
  'directory.searchCount.other': '{count} users match',
  'directory.searchCountUpdating.one':
    '{count} user matches — updating the list with the latest changes…',
  'directory.searchCountUpdating.other':
    '{count} users match — updating the list with the latest changes…',
  'directory.preparing.one':
    'Preparing the full list for sorting and search: {count} user read so far. The first rows are shown meanwhile.',
  'directory.preparing.other':
    'Preparing the full list for sorting and search: {count} users read so far. The first rows are shown meanwhile.',
  'directory.preparingNoRows.one':
    'Preparing the list: {count} user read so far. The first time the lab opens this directory it reads every user before it shows any.',
  'directory.preparingNoRows.other':
    'Preparing the list: {count} users read so far. The first time the lab opens this directory it reads every user before it shows any.',
  'directory.listLabel': '{network} users',
  'directory.scrollRegion': 'User list, scrollable',
  'directory.empty': 'No users here yet.',
  'directory.noName': 'No name',
  'directory.incomplete': 'Incomplete',
  'directory.incompleteHint':
    'Incomplete: no value for the mandatory {attributes}. Open the user and choose Edit to add it.',
  'directory.incompleteLegend':
    'A user with no value for a mandatory attribute ({attributes}). Open the user and choose Edit to add it.',
  'directory.select': 'Select {name}',
  'directory.selectColumn': 'Select',
  'directory.selection': 'Selected users',
  'directory.selected': '{count} selected',
  'directory.clearSelection': 'Clear selection',
  'directory.moveToOthers': 'Move to Others',
  'directory.moveToEmployees': 'Move to Employees',
  'directory.moved.one': 'Moved {count} user to {network}.',
  'directory.moved.other': 'Moved {count} users to {network}.',
  'directory.moveRefused': '{count} could not be moved: {reason}',
  'directory.deleteSelected': 'Delete ({count})',

  'add.title': 'Add users to {network}',
  'add.mode': 'How to add',
  'add.mode.one': 'One user',
  'add.mode.list': 'A list of numbers',
  'add.regionHint': 'Numbers without a + are read as numbers of this country.',
  'add.submitOne': 'Add user',
  'add.submitList': 'Add numbers',
  'add.added': 'Added {phone}.',
  'add.list': 'Phone numbers',
  'add.listHint': 'Separate numbers with commas, e.g. 99885544, 99885543.',
  'add.summary': '{added} added, {present} already in the directory, {invalid} not added.',
  'add.entry': 'Entry',
  'add.result': 'Result',
  'add.outcome.added': 'Added as {phone}',
  'add.outcome.present': 'Already in the directory ({phone})',
  'add.outcome.invalid': 'Not added',

  'attribute.hint.text': 'Any text up to 1,000 characters.',
  'attribute.hint.number': 'A number such as 7.5.',
  'attribute.hint.yesno': 'Yes or No.',
  'attribute.hint.datetime': 'A date such as 2024-03-31 or 31.03.2024, optionally with a time.',
  'attribute.type.text': 'Text',
  'attribute.type.number': 'Number',
  'attribute.type.yesno': 'Yes/No',
  'attribute.type.datetime': 'Date/time',

  'attributes.title': 'Manage attributes',
  'attributes.readOnly': 'Only org admins can change attributes. You can look at them.',
  'attributes.name': 'Name',
  'attributes.type': 'Type',
  'attributes.flag.mandatory': 'Mandatory',
  'attributes.flag.userEditable': 'Users may edit their own value',
  'attributes.flag.visibleToAll': 'Visible to all users',
  'attributes.newAttribute': 'new attribute',
  'attributes.newName': 'Name of new attribute {row}',
  'attributes.newRow': 'New attribute {row}',
  'attributes.none': 'No attributes yet. Add one from the suggested list or make a custom one.',
  'attributes.addNew': 'Add New',
  'attributes.choose': 'Choose…',
  'attributes.suggested': 'Suggested',
  'attributes.custom': 'Custom attribute',
  'attributes.saved.one': 'Saved {count} change.',
  'attributes.saved.other': 'Saved {count} changes.',
  'attributes.nothingSaved': 'Nothing was saved. Fix these and save again:',
  'attributes.removeTitle': 'Remove “{name}”?',
  'attributes.removeText':
    'The attribute “{name}” and every user’s value for it will be removed. This cannot be undone.',

  'suggested.employeeId': 'Employee ID',
  'suggested.manager': 'Manager',
  'suggested.jobTitle': 'Job title',
  'suggested.department': 'Department',
  'suggested.email': 'Email',
  'suggested.officeLocation': 'Office location',
  'suggested.dateOfJoining': 'Date of joining',

  'columns.title': 'Select columns',
  'columns.hint':
    'Pick up to {max} extra columns ({count} chosen). Your choice is remembered in this browser.',

  'details.attributes': 'Attributes',
  'details.edit': 'Edit',
  'details.incomplete':
    'Incomplete: no value for the mandatory {attributes}. Edit the user to add it.',
  'details.groups': 'Groups',
  'details.noGroups': 'Not a member of any group.',
  'details.group': 'Group',
  'details.role': 'Role',
  'details.promote': 'Make admin',
  'details.demote': 'Make member',
  'details.removeFromGroup': 'Remove from group',
  'details.manage': 'Manage',
  'details.makeOrgAdmin': 'Make org admin',
  'details.revokeOrgAdmin': 'Remove org admin role',
  'details.audit': 'Audit trail',
  'details.auditHidden':
    'Only org admins and the person themselves can read this audit trail. Act as an org admin to see it.',

  'group.private': 'Private',

  'delete.title.one': 'Delete {count} user?',
  'delete.title.other': 'Delete {count} users?',
  'delete.text':
    'The selected users ({count}) leave every organization group, and their messages, Action posts and responses there are hidden. Their private groups, and what they wrote there, are untouched. You can restore them within 30 days; after that they are purged for good.',
  'delete.done.one': 'Deleted {count} user. They can be restored for 30 days from Deleted users.',
  'delete.done.other':
    'Deleted {count} users. They can be restored for 30 days from Deleted users.',
  'delete.tooMany': 'At most {max} users can be deleted at once. Clear some of the selection.',

  'deleted.title': 'Deleted users',
  'deleted.hint':
    'Deleted users can be restored for {days} days, counted on the simulated clock. After that they are purged for good.',
  'deleted.onlyOrgAdmins': 'Only org admins can restore users.',
  'deleted.none': 'No deleted users.',
  'deleted.deletedAt': 'Deleted',
  'deleted.daysLeft': 'Days left',
  'deleted.days': '{days} days',
  'deleted.restore': 'Restore',
  'deleted.restored':
    'Restored {name}: back in {network}, with their groups and what they wrote there.',

  'settings.organization': 'Organization',
  'settings.orgAdminsOnly': 'Only org admins can change the organization.',
  'settings.saved': 'Saved.',
  'settings.language': 'Language',
  'settings.clock': 'Simulated date',
  'settings.clockHint':
    'The lab has its own clock so you can see 30-day windows run out. It only moves forward.',
  'settings.simulatedDate': 'Today in the sandbox',
  'settings.advance30': 'Advance 30 days',
  'settings.advanceTitle': 'Advance the clock 30 days?',
  'settings.advanceText':
    'The date in the sandbox moves from {from} to {to}. The clock only moves forward: this cannot be undone.',
  'settings.advancePurges.one':
    'The restore window of {count} deleted user ends by then, so they will be purged for good: {names}.',
  'settings.advancePurges.other':
    'The restore windows of {count} deleted users end by then, so they will be purged for good: {names}.',
  'settings.advanceNoPurge': 'No deleted user’s restore window ends by then: nobody is purged.',
  'settings.advanced': 'The date in the sandbox is now {date}.',
  'settings.purged.one': 'Purged {count} user for good: {names}.',
  'settings.purged.other': 'Purged {count} users for good: {names}.',
  'settings.purgedNone': 'Nobody was purged.',
  'settings.sandbox': 'Sandbox',
  'settings.loadDemo': 'Load demo organization',
  'settings.loadDemoConfirm': 'Replace with demo',
  'settings.loadDemoText':
    'Everything in this sandbox is replaced by the demo organization Contoso Logistics.',
  'tenant.job.progress': '{done} of {total} records read',
  'tenant.job.rate': '{rate} records/s',
  'tenant.export.title': 'Export Tenant Data',
  'tenant.export.intro':
    'One zip with everything the organization holds: users, attributes, groups and their members and hierarchy, connectors, Actions, conversations, histories and the audit log — fifteen CSV files described by datapackage.json. Private groups are not organization data and stay out; connector secrets are never exported.',
  'tenant.export.create': 'Export Tenant Data',
  'tenant.export.history': 'Tenant Export History',
  'tenant.export.none': 'No tenant export yet. Export Tenant Data writes one in the background.',
  'tenant.export.rows.one': '{count} record',
  'tenant.export.rows.other': '{count} records',
  'tenant.export.by': 'Exported by',
  'tenant.export.orgAdminsOnly':
    'Only org admins export tenant data. To try it, act as an org admin (the switch at the top).',
  'tenant.export.download': 'Download',
  'tenant.restore.resetFirst': 'Reset the sandbox to restore…',
  'problem.tenant.export.changed':
    'The organization changed three times while it was being exported, so no consistent package could be written. Export again when nobody is importing or deleting users.',
  'tenant.restore.title': 'Restore from a tenant export',
  'tenant.restore.intro':
    'Choose a zip that Export Tenant Data made. Every file is checked before anything is written; a changed or incomplete zip is refused and the sandbox stays as it was.',
  'tenant.restore.file': 'Tenant export (zip)',
  'tenant.restore.submit': 'Check and restore',
  'tenant.restore.busy': 'Checking every file…',
  'tenant.restore.unchanged': 'Nothing was restored; the sandbox is as it was.',
  'tenant.restore.chooseFile': 'Choose the zip file first.',
  'tenant.restore.notEmpty':
    'A tenant export is restored into an empty sandbox. Reset the sandbox first (this erases {organization}); the restore is then offered on the first page.',
  'settings.reset': 'Reset sandbox',
  'settings.resetConfirm': 'Erase everything',
  'settings.resetText':
    'Every user, attribute, group and job in this browser’s sandbox is erased. You start again from the beginning.',
  'settings.storage': 'Storage',
  'settings.storageUsed': '{used} used of {quota} available to this site.',
  'settings.storageHint':
    'The sandbox, the files of its imports and exports, and the copy of the site that works offline — in this browser only.',
  'settings.persisted': 'The browser keeps this data even when disk space runs low.',
  'settings.notPersisted': 'The browser may clear this data when disk space runs low.',
  'settings.persist': 'Keep data persistent',
  'settings.persistGranted':
    'Done: the browser will keep this data even when disk space runs low. It goes only when you reset the sandbox or clear the site’s data yourself.',
  'settings.persistRefused':
    'The browser refused for now, so it may still clear this data when disk space runs low. Browsers agree for sites that are used often, bookmarked or installed; until then, keep a tenant export (Reports → Tenant data) as your copy.',
  'settings.storageUnknown': 'This browser does not report storage use.',

  'update.ready': 'A new version of Kaizala Lab is ready.',
  'update.reload': 'Reload',
  'update.later': 'Later',

  'roles.caption': 'What each role may do. You are acting as {name}.',
  'roles.capability': 'Capability',
  'roles.yours': 'yours',
  'roles.you': 'You now',
  'capability.directory.users.manage': 'Add or remove directory users',
  'capability.groups.see': 'See groups',
  'capability.groups.hierarchy.see': 'See the hierarchy of visible groups',
  'capability.group.users.manage': 'Add or remove users of a group',
  'capability.catalog.see': 'See connectors and Actions',
  'capability.catalog.publish': 'Publish or unpublish connectors and Actions',
  'capability.reports.see': 'See reports',
  'capability.groups.map': 'Map groups to the organization',
  'capability.org.manage':
    'Manage attributes, networks, delete and restore users, export tenant data',
  'scope.all': 'Whole organization',
  'scope.admin-groups': 'Groups where they are a direct admin',
  'scope.member-groups': 'Groups where they are a member',
  'scope.none': 'No',

  'audit.user.add': 'Added to the directory',
  'audit.user.edit': 'Profile edited',
  'audit.user.network': 'Moved to another network',
  'audit.user.orgRole': 'Organization role changed',
  'audit.user.delete': 'Deleted',
  'audit.user.restore': 'Restored',
  'audit.user.purge': 'Purged after 30 days',
  'audit.group.member.remove': 'Removed from a group',
  'audit.group.member.role': 'Group role changed',

  'form.fixProblems.one': 'Nothing was saved. Fix this problem:',
  'form.fixProblems.other': 'Nothing was saved. Fix these {count} problems:',

  'error.unexpected': 'Something unexpected went wrong ({code}). Reload the page and try again.',
  'error.app.loadFailed':
    'Part of the lab could not be loaded: the network may be off, or a new version of the site was published. Check the connection and press Retry: the page reloads where you are, and your sandbox stays as it is.',
  'error.app.workerFailed':
    'The background worker of this page stopped ({worker}). Nothing was lost: press Retry to start it again, or reload the page.',
  'error.app.workerStopped':
    'The background work of this page was stopped. Press Retry to start it again.',
  'error.export.scope':
    'Choose what to export: all users, Employee or Others (“{scope}” is not one of them).',
  'error.permission.denied':
    'You are acting as a user who may not do this. Switch to an org admin with “Acting as” and try again.',
  'error.org.missing': 'There is no organization yet. Create one or load the demo first.',
  'error.org.exists':
    'This sandbox already has an organization. Reset the sandbox in Settings to start again.',
  'error.org.region.invalid': 'Choose a country or region from the list.',
  'error.clock.days': 'The clock can move forward by 1 to {max} days.',
  'error.list.empty': 'Type at least one phone number, separated by commas.',
  'error.user.notFound':
    'No user with the number {phone} is in the directory. It may have been deleted in another tab.',
  'error.orgAdmin.last': 'This is the only org admin. Make another user an org admin first.',
  'error.orgAdmin.lastDelete':
    'The last org admin cannot be deleted. Make another user an org admin first.',
  'error.delete.onlyGroupAdmin':
    '{name} ({phone}) is the only admin of these organization groups: {groups}. Make another member an admin of each of them first (group → Users → Make admin), then delete.',
  'error.delete.none': 'Select at least one user to delete.',
  'error.delete.tooMany': 'You selected {count} users; at most {max} can be deleted at once.',
  'error.delete.self':
    'You cannot delete the user you are acting as. Act as another org admin first.',
  'error.restore.notDeleted': '{phone} is not a deleted user.',
  'error.restore.expired':
    'The {days}-day restore window of {phone} has ended; the user is being purged.',
  'error.attribute.notFound':
    'That attribute no longer exists. It may have been removed in another tab.',
  'error.columns.tooMany': 'Choose at most {max} extra columns.',
  'error.group.notFound': 'That group no longer exists.',
  'error.group.parent.private':
    'Private groups are not part of the organization hierarchy. Map the group to the organization first.',
  'error.membership.notFound': '{phone} is no longer a member of {group}.',
  'error.group.lastAdmin':
    '{group} must keep at least one admin. Make another member an admin first.',
  'error.network.same': 'The user is already in that network.',
  'error.network.syncedStaysEmployee':
    'Users who come from directory sync or Office 365 sign-in must stay in Employee.',

  'import.title': 'Import users into {network}',
  'import.step.template':
    'Download the template: it has a column for every attribute, and * marks the mandatory ones.',
  'import.downloadTemplate': 'Download Template',
  'import.selectFile': 'Select a File',
  'import.limits':
    'CSV saved as UTF-8, UTF-16 or Windows-1250/1252, separated by commas, semicolons or tabs. Up to 200 MB and 1,000,000 rows.',
  'import.step.check':
    'Check the file first: every problem is listed and nothing is written. Then upload it.',
  'import.check': 'Check',
  'import.upload': 'Upload',
  'import.check.scanning': 'Reading the file… {percent}%',
  'import.check.checking': 'Checking rows… {rows}',
  'import.check.fatal': 'This file cannot be imported.',
  'import.check.summary':
    'Rows read: {read}. An upload would create {created}, update {updated}, leave {unchanged} unchanged, and {failed} would fail.',
  'import.check.warnings': 'Warnings (rows still imported): {count}.',
  'import.check.problems': 'Problems found: {count}.',
  'import.check.problemsFirst':
    'The first {shown} of {count} problems are shown; the error log has all of them.',
  'import.check.tableCaption': 'Problems in the file, by row and column',
  'import.downloadErrorLog': 'Download error log',
  'import.downloadOriginal': 'Download',
  'import.log.row': 'Row',
  'import.log.column': 'Column',
  'import.log.value': 'Value',
  'import.log.error': 'Error',
  'import.log.warning': 'Warning: {message}',
  'job.seconds': '{n} s',
  'job.minutes': '{n} min',
  'job.scanning': 'Reading the file… {percent}%',
  'import.job.progress': '{done} of {total} rows',
  'import.job.rate': '{rate} rows/s',
  'job.left': '{time} left',
  'job.waiting': 'Waiting to start…',
  'job.cancelling': 'Cancelling…',
  'job.status.queued': 'Queued',
  'job.status.processing': 'Processing',
  'job.status.completed': 'Completed',
  'job.status.completedWithErrors': 'Completed with errors',
  'job.status.failed': 'Failed',
  'job.status.cancelled': 'Cancelled',
  'import.history.title': 'Upload Users History',
  'import.history.orgAdminsOnly':
    'Only org admins see the imports: their files and error logs hold the whole directory. Act as an org admin (the switcher at the top) to see them.',
  'job.history.refresh': 'Refresh',
  'import.history.none': 'No imports yet. Use Add Users → Import Users to upload a file.',
  'job.history.file': 'File Name',
  'import.history.by': 'Uploaded by',
  'job.history.date': 'Date',
  'job.history.status': 'Status',
  'job.history.files': 'Files',
  'import.count.read': 'Read',
  'import.count.created': 'Created',
  'import.count.updated': 'Updated',
  'import.count.unchanged': 'Unchanged',
  'import.count.failed': 'Failed',

  'template.users.line1':
    'Kaizala Lab users import template ({network}). Lines starting with # are instructions and are skipped.',
  'template.users.line2':
    'One user per row. Phone Number is required: write it with + and the country code, or as a number of the organization region.',
  'template.users.line3':
    'Columns marked * must have a value for new users. An empty cell keeps the value already stored.',
  'template.users.mandatory': 'Mandatory attributes: {columns}.',
  'template.common.text':
    'In a spreadsheet, format the phone number column as Text before typing, so numbers keep their + and leading zeros.',
  'template.groups.line1':
    'Kaizala Lab user-group mapping template. One row per member: group name, phone number and user type.',
  'template.groups.line2': 'User Type is Admin or Member. Missing groups are created.',
  'template.parents.line1':
    'Kaizala Lab parent-group mapping template. One row per sub-group: the parent group name, then the child group name.',

  'error.job.fileGone':
    'That file is no longer stored with the job (the sandbox may have been reset). Refresh the history.',
  'error.job.notFound': 'That job no longer exists (the sandbox may have been reset).',
  'error.job.notRunning': 'That job has already ended, so there is nothing to cancel.',

  'error.tenant.empty':
    '{file} is empty. Choose the zip that Reports → Tenant data → Export Tenant Data made.',
  'error.tenant.notZip':
    '{file} is not a zip file. Choose the zip that Reports → Tenant data → Export Tenant Data made (kaizala-tenant-….zip).',
  'error.tenant.zipBomb':
    'The zip declares {size} MB of unpacked data (at {file}), more than the {limit} MB a tenant export may hold, so it was not unpacked. Use the zip as it was exported.',
  'error.tenant.noDescriptor':
    'The zip has no datapackage.json at its root, so it is not a tenant export. Choose the zip that Export Tenant Data made, not a folder zipped again.',
  'error.tenant.descriptorJson':
    'datapackage.json is not valid JSON. Use the zip as it was exported; do not edit the descriptor by hand.',
  'error.tenant.noOrgAdmin':
    '{file} has no org admin, so nobody could manage the restored organization. Use the zip as it was exported.',
  'error.tenant.value.pattern':
    '{file}, line {line}, column “{column}”: “{value}” is not in the form the schema requires (a phone number like +48601234567, a date like 2024-03-01).',
  'error.tenant.descriptorShape':
    'datapackage.json has no valid “{property}”, so it does not describe a Kaizala Lab tenant export. Use the zip as it was exported.',
  'error.tenant.version':
    'This package has format version {version}; this lab reads version {supported}. Export it again from a lab of this version.',
  'error.tenant.resourceShape':
    'datapackage.json describes {file} without a path that matches its name, a size, a row count, a SHA-256 hash or a schema. Use the zip as it was exported.',
  'error.tenant.resourceMissing':
    'datapackage.json does not list {file}, which every tenant export holds. Use the whole zip as it was exported.',
  'error.tenant.resourceUnknown':
    'datapackage.json lists {file}, which is not a file of a tenant export. Remove it from the descriptor and the zip, or use the zip as it was exported.',
  'error.tenant.fileMissing':
    '{file} is listed in datapackage.json but is not in the zip. Use the whole zip as it was exported.',
  'error.tenant.fileExtra':
    '{file} is in the zip but not listed in datapackage.json. Remove it, or use the zip as it was exported.',
  'error.tenant.bytes':
    '{file} has {actual} bytes, but datapackage.json says {expected}: the file was changed after the export. Use the zip as it was exported.',
  'error.tenant.hash':
    '{file} does not match its SHA-256 hash in datapackage.json: the file was changed after the export. Use the zip as it was exported.',
  'error.tenant.schema':
    'The schema of {file} in datapackage.json differs from the one this lab writes (at column “{column}”). Use the zip as it was exported.',
  'error.tenant.encoding':
    '{file} is not UTF-8 text. Save it as UTF-8, or use the zip as it was exported.',
  'error.tenant.header':
    'The header of {file} does not match its schema: column {position} is “{actual}”, the schema says “{expected}”.',
  'error.tenant.fields':
    '{file}, line {line}: {actual} fields, but the header has {expected}. Check the quotes and commas on that line.',
  'error.tenant.rows':
    '{file} has {actual} data rows, but datapackage.json says {expected}. Use the zip as it was exported.',
  'error.tenant.value.required':
    '{file}, line {line}: “{column}” is empty, and it must have a value.',
  'error.tenant.value.boolean':
    '{file}, line {line}, column “{column}”: “{value}” is not Yes or No.',
  'error.tenant.value.integer':
    '{file}, line {line}, column “{column}”: “{value}” is not a whole number.',
  'error.tenant.value.number': '{file}, line {line}, column “{column}”: “{value}” is not a number.',
  'error.tenant.value.datetime':
    '{file}, line {line}, column “{column}”: “{value}” is not a date and time like 2026-03-01T10:00:00.000Z.',
  'error.tenant.value.object':
    '{file}, line {line}, column “{column}”: “{value}” is not a JSON object.',
  'error.tenant.value.array':
    '{file}, line {line}, column “{column}”: “{value}” is not a JSON list.',
  'error.tenant.value.enum':
    '{file}, line {line}, column “{column}”: “{value}” is not one of the values the schema allows.',
  'error.tenant.duplicateKey': '{file}, line {line}: {column} “{value}” appears more than once.',
  'error.tenant.reaction.who':
    '{file}, line {line}: the Like {value} names no user of users.csv or deleted-users.csv. Remove it, or export the package again.',
  'error.tenant.reaction.when':
    '{file}, line {line}: the Like {value} has no time (at, in milliseconds). Remove it, or export the package again.',
  'error.tenant.reaction.twice':
    '{file}, line {line}: the Like {value} is there twice; a person likes a message once. Remove one of them.',
  'error.tenant.deletedTwice':
    '{file}, line {line}: {value} is also in users.csv. A user is either in the directory or deleted, not both.',
  'error.tenant.foreignKey':
    '{file}, line {line}: {column} “{value}” is not in {target}. Every link must point at a row that exists.',
  'error.tenant.cycle':
    '{file}: the parent links form a loop through the group “{value}”. A group cannot be its own ancestor.',
  'error.tenant.organizationRows': '{file} must hold exactly one organization; it holds {actual}.',
  'error.tenant.notEmpty':
    'The sandbox holds the organization “{organization}”. A tenant export is restored into an empty sandbox: reset the sandbox first.',

  'problem.unknown': 'Unrecognized problem ({code}).',
  'problem.phone.empty': '{column}: the number is empty. Type a phone number.',
  'problem.phone.scientific':
    '{column}: “{value}” looks like a number a spreadsheet turned into scientific notation, which loses digits. Format the column as Text and type the number again.',
  'problem.phone.letters':
    '{column}: “{value}” contains letters. Use digits only, with an optional + and country code.',
  'problem.phone.symbols':
    '{column}: “{value}” contains “{symbol}”, which is not part of a phone number. Use digits, spaces and an optional + with the country code.',
  'problem.phone.region':
    '{column}: “{region}” is not a country code the lab knows. Choose one from the list.',
  'problem.phone.lostPlus':
    '{column}: “{value}” is not a valid number for {region}, but {suggestion} is. If it is international, write it with the + sign.',
  'problem.phone.tooShort':
    '{column}: “{value}” is too short for a {region} number. Check for missing digits.',
  'problem.phone.tooLong':
    '{column}: “{value}” is too long for a {region} number. Check for extra digits.',
  'problem.phone.invalidIntl':
    '{column}: “{value}” is not a valid international number. Check the country code and the digits.',
  'problem.phone.invalid':
    '{column}: “{value}” is not a valid {region} number. If it belongs to another country, write it with + and the country code.',
  'problem.user.exists':
    '{column}: {value} is already in the directory. Open it from the list to edit it.',
  'problem.user.existsDeleted':
    '{column}: {value} belongs to a deleted user. Restore it from Deleted users instead.',
  'problem.list.duplicate':
    '{column}: “{value}” is the same number as entry {entry}; only that entry counts.',
  'problem.list.mandatoryAttributes':
    '{attributes} must have a value for every new user. Add this person with the one-user form instead.',
  'problem.name.tooLong':
    '{column}: the name has {length} characters; at most {max} are allowed. Shorten it.',
  'problem.name.markup':
    '{column}: names cannot contain < or >. Remove them; a name is plain text.',
  'problem.name.control':
    '{column}: the name contains control characters such as line breaks. Type it on one line.',
  'problem.name.required': '{column}: type your name.',
  'problem.name.formula':
    '{column}: “{value}” starts with =, +, - or @, which spreadsheets run as a formula. Remove that first character; a name is plain text.',
  'problem.group.name.empty': 'Type a name for the group.',
  'problem.group.name.tooLong':
    '{column}: the name has {length} characters; a group name may have at most {max}. Shorten it.',
  'problem.group.name.markup':
    '{column}: “{value}” contains < or >, which a group name may not hold. Remove them.',
  'problem.group.name.duplicate':
    'There is already an organization group named “{other}” (letter case and spaces do not matter). Choose another name.',
  'problem.group.sub.noOtherGroups':
    'There are no other organization groups to add. Create a group first.',
  'problem.group.sub.noneWithoutParent':
    'Every other group already has a parent group. Remove a group from its parent on that parent’s Sub-Groups tab, then add it here.',
  'problem.group.sub.allWouldCycle':
    'The groups without a parent are all above this group in the hierarchy, so adding one would make a cycle. Create a new group, or first remove a group from its parent.',
  'problem.group.parent.cycle':
    '“{child}” cannot be a sub-group of “{parent}”: it is that group or above it, so this would make a cycle. Choose another group.',
  'problem.group.parent.alreadyHasParent':
    '“{child}” is already a sub-group of “{current}”. Remove it from {current} first, then add it to {parent}.',
  'problem.group.upload.missingColumn':
    'There is no {header} column. The first row must be the header with the template’s columns; download the template to see them.',
  'problem.group.upload.groupBlank':
    '{column}: the group name is empty. Write the name of the group this person joins.',
  'problem.group.upload.parentBlank':
    '{column}: the parent group name is empty. Write it, or remove the row.',
  'problem.group.upload.childBlank':
    '{column}: the child group name is empty. Write it, or remove the row.',
  'problem.group.upload.userType': '{column}: “{value}” is not a user type. Write Admin or Member.',
  'problem.group.upload.duplicate':
    '{column}: “{value}” appears again with {group} in row {later}, which is used instead of this row. Remove one of the two rows.',
  'problem.group.upload.childNotInMapping':
    '{column}: “{child}” is not in the User Group Mapping file, so this row is ignored. Add rows for {child} to the mapping file, or remove this row.',
  'problem.group.upload.cycle':
    'This row would make a cycle in the hierarchy: {chain}. A group cannot be above itself; remove or change one of these rows.',
  'problem.group.upload.twoParents':
    '{column}: “{child}” is given two parent groups ({parents}); a group has at most one. Keep only one of these rows.',
  'problem.group.upload.noAdmin':
    'Group “{group}” would have no admin after the upload. Add a row for it with User Type Admin.',
  'problem.group.upload.file.isUsers':
    'This is a users file (it has Phone Number but no Group Name or User Type), not a User Group Mapping file. Import it with Add Users → Import Users in the directory, or download the User Group Mapping template.',
  'problem.group.upload.file.isParents':
    'This is a Parent Group Mapping file (Parent Group Name, Child Group Name). Choose it as the Parent Group Mapping file, and choose the User Group Mapping file here.',
  'problem.group.upload.file.isUsersAsParents':
    'This is a users file, not a Parent Group Mapping file. Import it with Add Users → Import Users in the directory; the parent file needs Parent Group Name and Child Group Name.',
  'problem.group.upload.file.isMappingAsParents':
    'This is a User Group Mapping file (Group Name, Phone Number, User Type). Choose it as the User Group Mapping file; the parent file needs Parent Group Name and Child Group Name.',
  'problem.import.file.isGroupMembers':
    'This is a User Group Mapping file (Group Name, Phone Number, User Type), not a users file. Check it as User Group Mapping, or upload it with Bulk Upload Users on the Groups page.',
  'problem.import.file.isGroupParents':
    'This is a Parent Group Mapping file (Parent Group Name, Child Group Name), not a users file. Check it as User Group Mapping, choosing it as the Parent Group Mapping file beside its mapping file, or upload both with Bulk Upload Users on the Groups page.',
  'problem.import.file.empty':
    'The file is empty. Download the template, fill in one row per user and save it as CSV.',
  'problem.import.file.noRows':
    'The file has a header but no user rows. Add one row per user under the header.',
  'problem.import.file.tooBig':
    'The file is {size} MB; at most {max} MB can be imported. Split it into smaller files.',
  'problem.import.file.tooManyRows':
    'The file has more than {max} rows. Split it into files of at most {max} rows.',
  'problem.import.file.binary.zip':
    'This is not a CSV file: it is a ZIP archive or an Excel workbook (.xlsx). Open it in your spreadsheet, choose Save as → CSV UTF-8, and upload that file.',
  'problem.import.file.binary.excel':
    'This is not a CSV file: it is an old Excel workbook (.xls). Open it in your spreadsheet, choose Save as → CSV UTF-8, and upload that file.',
  'problem.import.file.binary.pdf':
    'This is not a CSV file: it is a PDF document. Export the data from its source as CSV UTF-8 and upload that file.',
  'problem.import.file.binary.gzip':
    'This is not a CSV file: it is compressed (gzip). Unpack it and upload the .csv inside.',
  'problem.import.file.binary.binary':
    'This is not a CSV file: it holds binary data, not text. In your spreadsheet choose Save as → CSV UTF-8 and upload that file.',
  'problem.import.file.mixedEncoding':
    'Line {line} is in a different text encoding from the lines before it, so names would come out garbled. Save the whole file again as CSV UTF-8.',
  'problem.import.csv.unclosedQuote':
    'Line {line}: a quote (") opens a value here and is never closed, so the rest of the file would be read as one value. Add the closing quote or remove the stray one.',
  'problem.import.file.changed': 'The stored file could not be read again. Upload it once more.',
  'problem.import.header.noPhone':
    'There is no {header} column. The first row must be the header, with a column named {header}; download the template to see it.',
  'problem.import.header.duplicate':
    'The header has “{column}” twice (columns {first} and {second}). Rename or remove one of them.',
  'problem.import.header.unknown':
    'Column “{column}” is not an attribute of this organization, so it is ignored. Add the attribute first, or remove the column.',
  'problem.import.header.blank':
    'Column {column} has no name in the header, so it is ignored. Name it or remove it.',
  'problem.import.row.tooFew':
    'Values in this row: {found}; columns in the header: {expected}. A delimiter is missing, or the row ends early; add the missing values (empty ones too).',
  'problem.import.row.tooMany':
    'Values in this row: {found}; columns in the header: {expected}. Remove extra delimiters (also at the end of the row), and put a value that contains the delimiter in double quotes.',
  'problem.import.phone.recoveredPlus':
    '{column}: “{value}” lost its leading + in a spreadsheet; it was read as {suggestion}. Format the column as Text to keep the +.',
  'problem.import.phone.recoveredZero':
    '{column}: “{value}” lost its leading 0 in a spreadsheet; it was read as {suggestion}. Format the column as Text to keep leading zeros.',
  'problem.import.phone.duplicate':
    '{column}: {value} appears again in row {later}, which is applied over this row (cells that row leaves empty keep this row’s values). Remove one of the two rows.',
  'problem.import.network.unknown':
    '{column}: “{value}” is not a network. Write Employee or Others, or leave the cell empty to keep the user where they are.',
  'problem.import.user.deleted':
    '{column}: {value} belongs to a deleted user. Restore the user from Deleted users, then import again.',
  'problem.import.attribute.mandatory':
    '{attribute} is mandatory for new users and this cell is empty. Fill it in.',
  'problem.import.network.syncedStaysEmployee':
    '{column}: {value} comes from directory sync or Office 365 sign-in and must stay in Employee. Import it into the Employee tab.',
  'problem.import.job.noFile': 'The uploaded file is no longer stored. Upload it again.',
  'problem.import.cancelledEarly': 'Cancelled before any row was applied. Nothing was changed.',
  'problem.import.quota':
    'The browser ran out of storage for this site after {rows} rows; those rows are saved and nothing is half-written. Free space (delete large downloads or other sites’ data, or reset the sandbox), allow persistent storage in Settings, then import the remaining rows.',
  'problem.import.unexpected':
    'The import stopped unexpectedly ({message}). Rows saved so far are kept.',
  'problem.job.quota':
    'The browser ran out of storage for this site; nothing was half-written. Free space (delete large downloads or other sites’ data, or reset the sandbox), allow persistent storage in Settings, then make the request again.',
  'problem.job.loadFailed':
    'Part of the lab this job needs could not be loaded (the network may be off, or a new version of the site was published). Reload the page once you are online, then make the request again.',
  'problem.job.unexpected': 'The job stopped unexpectedly ({message}). Make the request again.',
  'problem.org.name.empty': '{column}: type a name for the organization.',
  'problem.org.name.tooLong': '{column}: use at most {max} characters.',
  'problem.attribute.name.empty': 'The name is empty. Type a name or discard the row.',
  'problem.attribute.name.tooLong': 'The name has {length} characters; at most {max} are allowed.',
  'problem.attribute.name.reserved':
    '“{value}” is the name of a column every users file has (Phone Number, Name, Network, Source, Created). Choose another name, e.g. “{value} (custom)”.',
  'problem.attribute.name.duplicate':
    '“{value}” is already used by “{other}” (names ignore upper and lower case). Choose another name.',
  'problem.attribute.mandatory.missing': '{attribute} is mandatory. Give it a value.',
  'problem.value.text.tooLong':
    '{attribute}: the text has {length} characters; at most {max} are allowed.',
  'problem.value.number.format':
    '{attribute}: “{value}” is not a number. Use digits with a dot for decimals, e.g. 7.5.',
  'problem.value.number.formatComma':
    '{attribute}: “{value}” is not a number. Use digits with a dot or comma for decimals, e.g. 7,5.',
  'problem.value.yesno.format':
    '{attribute}: “{value}” is not Yes or No. Use Yes, No, True, False, 1 or 0.',
  'problem.value.date.format':
    '{attribute}: “{value}” is not a date. Write it as 2024-03-31, 31.03.2024 or 31/03/2024.',
  'problem.value.date.month': '{attribute}: “{value}” has month {month}; months go from 1 to 12.',
  'problem.value.date.day':
    '{attribute}: “{value}” — month {month} of {year} has {max} days, so day {day} does not exist.',
  'problem.value.date.time':
    '{attribute}: “{value}” has a time that does not exist. Use hours 00–23 and minutes 00–59.',
  // Audit and template strings of the group areas: shown by eager pages too.
  'audit.group.create': 'Group created',
  'audit.group.member.add': 'Added to a group',
  'audit.group.map': 'Group mapped to the organization',
  'audit.group.unmap': 'Group made private',
  'audit.group.parent.set': 'Sub-group added',
  'audit.group.parent.remove': 'Sub-group removed',
  'audit.connector.register': 'Connector registered',
  'audit.connector.deactivate': 'Connector deactivated',
  'audit.group.connector.add': 'Connector added to the group',
  'audit.group.connector.remove': 'Connector removed from the group',
  'audit.action.create': 'Custom Action added',
  'audit.action.delete': 'Custom Action deleted',
  'audit.action.publish': 'Action published',
  'audit.action.unpublish': 'Action unpublished',
  'audit.message.post': 'Message posted',
  'audit.action.send': 'Action sent',
  'audit.action.respond': 'Responded to an Action',
} as const;

/** The English keys: the core strings above, and those of the areas that load with their code. */
type EnglishKey =
  | keyof typeof en
  | keyof typeof enGroups
  | keyof typeof enCatalog
  | keyof typeof enGroupUpload
  | keyof typeof enExports
  | keyof typeof enReports
  | keyof typeof enPractice
  | keyof typeof enPages;

/**
 * A message said with a count has one key per plural form (`directory.count.one`,
 * `directory.count.other`); other languages add the forms their plural rules use
 * (Polish: `.few`, `.many`). The base key (`directory.count`) names them all.
 */
export type PluralKey = EnglishKey extends infer K
  ? K extends `${infer Base}.other`
    ? Base
    : never
  : never;
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * Every key a catalog may hold: the English ones, every plural form of a counted one, and
 * a counted one's base key for a language that says it without forms.
 */
export type MessageKey = EnglishKey | PluralKey | `${PluralKey}.${PluralForm}`;
