/**
 * Strings of the practice page (SPEC §11): the page, each exercise's goal, steps, hints,
 * criteria and tips. Placeholders are the exercise's facts (`{name}`, `{phone}`, `{group}`…).
 */
export const enPractice = {
  'practice.intro':
    'Each exercise starts from its own known organization, asks you to do one admin task in the portal or in a guide, and checks the result. Start resets the sandbox to the exercise’s starting point; Check reads the sandbox and tells you what is done and what is missing. Your progress stays in this browser.',
  'practice.list': 'Exercises',
  'practice.progress.summary': '{passed} of {total} exercises passed',
  'practice.status.new': 'Not started',
  'practice.status.started': 'Started {when}',
  'practice.status.passed': 'Passed {when}',
  'practice.back': 'All exercises',
  'practice.goal': 'Goal',
  'practice.steps': 'Steps',
  'practice.hints.show': 'Show hints',
  'practice.hints.hide': 'Hide hints',
  'practice.hints': 'Hints',
  'practice.guides': 'Read first',
  'practice.start': 'Start',
  'practice.restart': 'Start again',
  'practice.starting': 'Preparing the starting state…',
  'practice.started':
    'The sandbox now holds this exercise’s starting state. Open the portal (or the guide) and do the steps, then come back and Check.',
  'practice.confirm.title': 'Replace the sandbox?',
  'practice.confirm.body':
    'The sandbox holds the organization {org}. Start replaces everything in it with this exercise’s starting state; what you did there is lost. Your progress in the exercises is kept.',
  'practice.confirm.ok': 'Replace and start',
  'practice.openPortal': 'Open the portal',
  'practice.sample': 'Download {file}',
  'practice.answer.save': 'Save answer',
  'practice.answer.saved': 'Answer saved.',
  'practice.check': 'Check',
  'practice.checking': 'Checking…',
  'practice.check.caption': 'What Check found',
  'practice.check.criterion': 'Criterion',
  'practice.check.result': 'Result',
  'practice.check.tip': 'What to do: {tip}',
  'practice.check.ok': 'Done',
  'practice.check.missing': 'Not yet',
  'practice.check.passed': 'Every criterion is met: exercise passed.',
  'practice.check.failed': '{done} of {total} criteria met. Follow the tips, then Check again.',
  'practice.noOrg':
    'The sandbox is empty. Press Start to set up this exercise’s organization, or restore one if the exercise asks you to.',
  'practice.c.started': 'The sandbox was set up by this exercise’s Start',
  'practice.tip.started':
    'Press Start: it replaces the sandbox with this exercise’s organization. Then do the steps and Check again.',
  'error.practice.actAsAdmin':
    'Check this answer while acting as an org admin: it comes from data only org admins may see. Switch with Acting as at the top of the portal, then Check again.',
  'error.practice.unknown': 'There is no exercise “{id}”. Choose one from the list.',
  'error.practice.noSample': 'The exercise “{id}” has no file to download.',
  'error.practice.noQuestion': 'The exercise “{id}” asks no question.',

  'guide.directory': 'Users directory',
  'guide.attributes': 'Custom attributes',
  'guide.bulk-import': 'Importing users from a CSV file',
  'guide.spreadsheet-files': 'Spreadsheet files that import cleanly',
  'guide.import-history': 'Import history and error logs',
  'guide.export-users': 'Exporting users',
  'guide.deleting-users': 'Deleting and restoring users',
  'guide.groups': 'Groups',
  'guide.sub-groups': 'Sub-groups and hierarchy',
  'guide.bulk-group-upload': 'Bulk group upload',
  'guide.private-groups': 'Private groups',
  'guide.roles': 'Roles and permissions',
  'guide.actions-connectors': 'Actions and connectors',
  'guide.reports': 'Reports',
  'guide.tenant-data': 'Tenant data and deletion',

  'practice.move-to-others.title': 'Move a user to Others',
  'practice.move-to-others.goal':
    '{name} ({phone}) has left the company but still works with you as a contractor. Move them from the Employee network to Others, without deleting them and without moving anyone else.',
  'practice.move-to-others.step.1': 'Open the portal: Directory, Employee tab.',
  'practice.move-to-others.step.2': 'Find {name} with the search box and tick their row.',
  'practice.move-to-others.step.3': 'Choose Move to Others and confirm.',
  'practice.move-to-others.hint.1':
    'Type the start of their first name or surname, or digits of their number.',
  'practice.move-to-others.hint.2':
    'Users who came from directory sync or Office 365 sign-in cannot be moved to Others; {name} was added in the portal, so they can.',
  'practice.move-to-others.c.kept': '{name} is still in the directory',
  'practice.move-to-others.tip.kept':
    'They were deleted. Restore them from Directory → More → Deleted users, then move them.',
  'practice.move-to-others.c.others': '{name} is in the Others network',
  'practice.move-to-others.tip.others':
    'Select their row on the Employee tab and choose Move to Others.',
  'practice.move-to-others.c.onlyThem': 'Nobody else left the Employee network',
  'practice.move-to-others.tip.onlyThem':
    'Other people were moved or deleted too. Press Start again and move only {name}.',

  'practice.employee-id.title': 'Add a mandatory Employee ID',
  'practice.employee-id.goal':
    'Every employee needs an ID from HR. Add a text attribute called “Employee ID” and make it mandatory, so that imports must fill it in.',
  'practice.employee-id.step.1': 'Open the portal: Directory → More → Manage Attributes.',
  'practice.employee-id.step.2':
    'Add New: pick Employee ID from the suggestions (or add a custom attribute named Employee ID), type Text, tick Mandatory.',
  'practice.employee-id.step.3': 'Save the attributes.',
  'practice.employee-id.hint.1':
    'Mandatory means every imported or added user must have a value; users already in the directory keep theirs empty until someone edits them.',
  'practice.employee-id.hint.2': 'Nothing is saved until you press Save.',
  'practice.employee-id.c.exists': 'An attribute called Employee ID exists',
  'practice.employee-id.tip.exists': 'Add it in Manage Attributes and save.',
  'practice.employee-id.c.text': 'Its type is Text',
  'practice.employee-id.tip.text':
    'IDs such as CL-10001 hold letters: remove the attribute and add it again with the type Text (a type cannot be changed later).',
  'practice.employee-id.c.mandatory': 'It is mandatory',
  'practice.employee-id.tip.mandatory': 'Open Manage Attributes, tick Mandatory for it and save.',

  'practice.import-fix.title': 'Import the sample file and fix its three bad rows',
  'practice.import-fix.goal':
    'HR sent a file of six new employees. Three of its rows are wrong. Import it, read the error log, fix the three rows and import them so that all six people are in the directory with correct data.',
  'practice.import-fix.step.1': 'Download the sample file below.',
  'practice.import-fix.step.2':
    'Open the portal: Directory → Add Users → Import Users…, choose the file, Check it and upload it to the Employee network.',
  'practice.import-fix.step.3':
    'Open Add Users → View Import History and download the error log: it names each bad row and how to fix it.',
  'practice.import-fix.step.4':
    'Correct the three rows in the file (or in a copy holding only them) and import it again.',
  'practice.import-fix.hint.1':
    '{sciName}’s number was turned into scientific notation by a spreadsheet. HR says it is {sciPhone}.',
  'practice.import-fix.hint.2': '{idName}’s Employee ID is {id}.',
  'practice.import-fix.hint.3':
    '{forkliftName} does hold a forklift licence: a yes/no column takes Yes or No.',
  'practice.import-fix.c.imported': 'An import of a users file completed',
  'practice.import-fix.tip.imported':
    'Import the file with Directory → Add Users → Import Users…, not by adding the users by hand.',
  'practice.import-fix.c.good': 'The three correct rows are in the directory',
  'practice.import-fix.tip.good': 'Import the sample file to the Employee network.',
  'practice.import-fix.c.phone': '{sciName} is in the directory as {sciPhone}',
  'practice.import-fix.tip.phone':
    'Write the number as {sciPhone} (keep the + sign; format the column as Text in a spreadsheet) and import the row again.',
  'practice.import-fix.c.employeeId': '{idName} has the Employee ID {id}',
  'practice.import-fix.tip.employeeId':
    'Fill in the Employee ID column of that row and import it again.',
  'practice.import-fix.c.forklift': '{forkliftName} holds a forklift licence (Yes)',
  'practice.import-fix.tip.forklift': 'Replace “maybe” with Yes and import the row again.',

  'practice.export-reimport.title': 'Export users and import the file back unchanged',
  'practice.export-reimport.goal':
    'Prove that an export is a valid import file: export every user, then import that same file without editing it. Nothing should be created, changed or rejected.',
  'practice.export-reimport.step.1':
    'Open the portal: Directory → Export Users → Create New Request… for all users.',
  'practice.export-reimport.step.2':
    'When the request is Completed, download the file from View Export History.',
  'practice.export-reimport.step.3':
    'Import that file with Directory → Add Users → Import Users… without opening it in a spreadsheet.',
  'practice.export-reimport.step.4':
    'Look at the import’s counts in Add Users → View Import History.',
  'practice.export-reimport.hint.1':
    'A spreadsheet that opens and saves the file can change numbers and dates: upload the downloaded file as it is.',
  'practice.export-reimport.hint.2':
    'The export’s Network column puts each user back in their own network.',
  'practice.export-reimport.c.exported': 'A users export completed',
  'practice.export-reimport.tip.exported':
    'Create an export request and wait until its status is Completed.',
  'practice.export-reimport.c.imported': 'A users import completed after the export',
  'practice.export-reimport.tip.imported': 'Import the exported file.',
  'practice.export-reimport.c.sameRows': 'The import read as many rows as the export wrote',
  'practice.export-reimport.tip.sameRows':
    'Import the whole exported file, not a part of it or another file.',
  'practice.export-reimport.c.unchanged': 'No user was created, changed or rejected',
  'practice.export-reimport.tip.unchanged':
    'The file was edited, or the directory changed in between: press Start again, export, and import the file untouched.',

  'practice.delete-restore.title': 'Delete a user and restore them',
  'practice.delete-restore.goal':
    '{name} ({phone}) was deleted by mistake — or will be, in this exercise. Delete them, then restore them within the 30-day window, so that they are back in the directory and in their groups.',
  'practice.delete-restore.step.1': 'Open the portal: Directory, find {name} and tick their row.',
  'practice.delete-restore.step.2': 'Delete them and confirm.',
  'practice.delete-restore.step.3': 'Open Directory → More → Deleted users.',
  'practice.delete-restore.step.4': 'Restore {name}.',
  'practice.delete-restore.hint.1':
    'A deleted user stays restorable for 30 days of the simulated clock; Settings → Advance 30 days would end the window for good.',
  'practice.delete-restore.hint.2':
    'Restore gives back the organization groups the deletion took away.',
  'practice.delete-restore.c.deleted': '{name} was deleted',
  'practice.delete-restore.tip.deleted': 'Delete them first: select the row and choose Delete.',
  'practice.delete-restore.c.restored': '{name} was restored after the deletion',
  'practice.delete-restore.tip.restored': 'Restore them from Directory → More → Deleted users.',
  'practice.delete-restore.c.back': '{name} is in the directory',
  'practice.delete-restore.tip.back':
    'They are deleted now. Restore them; if the window has ended, press Start again.',
  'practice.delete-restore.c.groups': 'They are back in their {groups} groups',
  'practice.delete-restore.tip.groups':
    'Restore brings their memberships back; add them to the groups they lost by hand only if you removed them separately.',

  'practice.group-admin.title': 'Create a group and give it an admin',
  'practice.group-admin.goal':
    'Create the organization group “{group}” with two members, {adminName} and {memberName}, and make {adminName} its admin.',
  'practice.group-admin.step.1': 'Open the portal: Groups → Create Group, name it {group}.',
  'practice.group-admin.step.2':
    'Open the group’s Users tab → Add via Phone Number: {adminPhone} and {memberPhone}.',
  'practice.group-admin.step.3': 'Change {adminName}’s role to Admin.',
  'practice.group-admin.step.4': 'Leave {memberName} a Member.',
  'practice.group-admin.hint.1': 'The group must be an organization group, not a private one.',
  'practice.group-admin.hint.2':
    'You can add both numbers at once, separated by commas or new lines.',
  'practice.group-admin.c.group': 'The organization group {group} exists',
  'practice.group-admin.tip.group': 'Create it with Groups → Create Group (exact name).',
  'practice.group-admin.c.members': '{adminName} and {memberName} are its members',
  'practice.group-admin.tip.members': 'Add both through the group’s Users tab.',
  'practice.group-admin.c.admin': '{adminName} is its admin and {memberName} a member',
  'practice.group-admin.tip.admin':
    'In the Users tab, set {adminName}’s role to Admin and {memberName}’s to Member.',

  'practice.hierarchy-upload.title': 'Build a three-level hierarchy by bulk upload',
  'practice.hierarchy-upload.goal':
    'Create the groups {top}, {middle} and {bottom} in one bulk upload, with {bottom} under {middle} and {middle} under {top}.',
  'practice.hierarchy-upload.step.1':
    'Download the User Group Mapping file below: it creates the three groups and their first members.',
  'practice.hierarchy-upload.step.2':
    'Write a Parent Group Mapping file with two rows: {top} → {middle}, {middle} → {bottom} (the templates page has its header).',
  'practice.hierarchy-upload.step.3':
    'Open the portal: Groups → Bulk Upload Users, choose both files, Check, then upload.',
  'practice.hierarchy-upload.step.4': 'Open the groups and look at their Sub-Groups tabs.',
  'practice.hierarchy-upload.hint.1':
    'The parent file’s header is: Parent Group Name*,Child Group Name*',
  'practice.hierarchy-upload.hint.2':
    'A child group must be in the mapping file of the same upload; a loop (A under B under A) is refused.',
  'practice.hierarchy-upload.hint.3':
    'Save the file as CSV (UTF-8); the names must match the mapping file’s exactly.',
  'practice.hierarchy-upload.c.groups': 'The groups {top}, {middle} and {bottom} exist',
  'practice.hierarchy-upload.tip.groups': 'Upload the mapping file with Bulk Upload Users.',
  'practice.hierarchy-upload.c.middle': '{middle} is a sub-group of {top}',
  'practice.hierarchy-upload.tip.middle': 'Add the row “{top},{middle}” to the parent file.',
  'practice.hierarchy-upload.c.bottom': '{bottom} is a sub-group of {middle}',
  'practice.hierarchy-upload.tip.bottom': 'Add the row “{middle},{bottom}” to the parent file.',
  'practice.hierarchy-upload.c.upload': 'A bulk upload set the parent links',
  'practice.hierarchy-upload.tip.upload':
    'Set the links with a Parent Group Mapping file in Bulk Upload Users, not by hand.',

  'practice.map-private.title': 'Map a private group to the organization',
  'practice.map-private.goal':
    'The private group “{group}” has become an official company club. Map it to the organization, so that it is managed in the portal, keeping its {members} members.',
  'practice.map-private.step.1':
    'Act as {adminName}, the group’s admin (the Acting as switch at the top): a private group is mapped by its own admin.',
  'practice.map-private.step.2': 'Open the portal: Groups, the private groups, and open {group}.',
  'practice.map-private.step.3': 'Choose Map to Organization and confirm.',
  'practice.map-private.hint.1':
    'An org admin may map a private group only when they are one of its members; {adminName} is its admin.',
  'practice.map-private.hint.2':
    'Mapping keeps the members and their roles; from then on the group belongs to the organization: the portal, reports and tenant exports show it.',
  'practice.map-private.c.mapped': '{group} is an organization group',
  'practice.map-private.tip.mapped': 'Open the group and use Map to Organization.',
  'practice.map-private.c.members': 'It still has its {members} members',
  'practice.map-private.tip.members':
    'Members were removed or added: press Start again and map the group without changing its members.',

  'practice.admin-poll.title': 'Publish a poll only admins may send, and answer it',
  'practice.admin-poll.goal':
    'In {group}, only the group’s admins should be able to send Quick Polls. Publish the Quick Poll Action there for admins only, send a poll as the admin {adminName}, and answer it as two members, {firstName} and {secondName}.',
  'practice.admin-poll.step.1':
    'Open the portal: Actions, find Quick Poll, Publish… to {group} with only Admin allowed to send.',
  'practice.admin-poll.step.2':
    'Act as {adminName} (the switch at the top), open {group} → Conversation and send a Quick Poll.',
  'practice.admin-poll.step.3': 'Act as {firstName} and answer the poll.',
  'practice.admin-poll.step.4': 'Act as {secondName} and answer it too.',
  'practice.admin-poll.step.5':
    'While acting as a member, notice that Quick Poll is not among the cards you may send.',
  'practice.admin-poll.hint.1':
    'Org admins publish Actions anywhere, group admins in their own groups; sending needs a group role the publication allows.',
  'practice.admin-poll.hint.2': 'The Acting as switch finds people by name: type “{firstName}”.',
  'practice.admin-poll.hint.3': 'A member answers a poll in the group’s Conversation tab.',
  'practice.admin-poll.c.published': 'Quick Poll is published to {group}',
  'practice.admin-poll.tip.published': 'Publish it from the Actions page.',
  'practice.admin-poll.c.adminsOnly': 'Only Admin may send it there',
  'practice.admin-poll.tip.adminsOnly':
    'Publish it again with only Admin ticked under who may send it.',
  'practice.admin-poll.c.sent': 'A Quick Poll was sent in {group}',
  'practice.admin-poll.tip.sent': 'Act as {adminName} and send a poll in the group’s Conversation.',
  'practice.admin-poll.c.answered': 'Two members answered it ({count} so far)',
  'practice.admin-poll.tip.answered':
    'Act as {firstName}, then as {secondName}, and answer the poll (admins’ answers do not count here).',

  'practice.connector.title': 'Attach a connector to a group',
  'practice.connector.goal':
    'The planning team wants its tool to post shift changes in {group}. Register a connector called “{connector}” and attach it to {group}.',
  'practice.connector.step.1': 'Open the portal: Connectors → Register connector.',
  'practice.connector.step.2':
    'Name it {connector}, register it, and note that the secret is shown only once.',
  'practice.connector.step.3': 'Open Groups → {group} → Connectors.',
  'practice.connector.step.4': 'Add {connector} to the group.',
  'practice.connector.hint.1':
    'Org admins and group admins register connectors; a group admin attaches them only to the groups they administer.',
  'practice.connector.hint.2': 'A deactivated connector cannot be attached.',
  'practice.connector.c.registered': 'An active connector called {connector} exists',
  'practice.connector.tip.registered': 'Register it on the Connectors page (exact name).',
  'practice.connector.c.attached': '{connector} is attached to {group}',
  'practice.connector.tip.attached': 'Open the group’s Connectors tab and add it.',

  'practice.activity-report.title': 'Answer a question from the activity report',
  'practice.activity-report.goal':
    'Your manager asks which group was the most active in the last {days} days. Find out in the activity report and type the group’s name.',
  'practice.activity-report.step.1': 'Open the portal: Reports → Activity report.',
  'practice.activity-report.step.2': 'Choose the report type Groups and keep the last {days} days.',
  'practice.activity-report.step.3': 'The table lists the most active group first.',
  'practice.activity-report.step.4': 'Type its name below and save the answer, then Check.',
  'practice.activity-report.hint.1':
    'Activity counts messages, cards sent, responses and Likes together.',
  'practice.activity-report.hint.2':
    'Act as an org admin: a group admin sees only their own groups.',
  'practice.activity-report.question': 'Which group was the most active in the last {days} days?',
  'practice.activity-report.c.answered': 'You answered',
  'practice.activity-report.tip.answered': 'Type the group’s name and save the answer.',
  'practice.activity-report.c.correct': 'The answer matches the report',
  'practice.activity-report.tip.correct':
    'Look again at Reports → Activity report → Groups for the last {days} days: the first row is the answer.',

  'practice.tenant-messages.title': 'Export tenant data and find a user’s messages',
  'practice.tenant-messages.goal':
    'Legal asks how many messages {name} ({phone}) has written in the organization’s groups. Export the tenant data and count their rows in the package.',
  'practice.tenant-messages.step.1': 'Open the portal: Reports → Tenant data → Export Tenant Data.',
  'practice.tenant-messages.step.2': 'When it is Completed, download the zip and unpack it.',
  'practice.tenant-messages.step.3':
    'Open messages.csv and count the rows whose author is {phone} (text messages and cards).',
  'practice.tenant-messages.step.4': 'Type the number below and save it, then Check.',
  'practice.tenant-messages.hint.1':
    'In a spreadsheet, filter the author column by {phone}; the count is shown in the status bar.',
  'practice.tenant-messages.hint.2':
    'datapackage.json describes every file and column of the package.',
  'practice.tenant-messages.hint.3': 'Only org admins export tenant data.',
  'practice.tenant-messages.question': 'How many messages has {name} written?',
  'practice.tenant-messages.c.exported': 'A tenant export completed',
  'practice.tenant-messages.tip.exported': 'Export the tenant data and wait until it is Completed.',
  'practice.tenant-messages.c.answered': 'You answered',
  'practice.tenant-messages.tip.answered': 'Type the number of messages and save the answer.',
  'practice.tenant-messages.c.correct': 'The number matches the package',
  'practice.tenant-messages.tip.correct':
    'Count again: every row of messages.csv whose author is {phone}, text and cards alike.',

  'practice.tenant-restore.title': 'Restore an organization from a tenant package',
  'practice.tenant-restore.goal':
    'Move the organization to a clean sandbox through its tenant package: add {name}, export, empty the sandbox, and restore it from the zip so that everything — {name} included — is back.',
  'practice.tenant-restore.step.1':
    'Open the portal: Directory → Add Users → Add users…, add {name} ({phone}).',
  'practice.tenant-restore.step.2': 'Reports → Tenant data → Export Tenant Data; download the zip.',
  'practice.tenant-restore.step.3': 'Settings → Reset sandbox → Erase everything.',
  'practice.tenant-restore.step.4':
    'On the empty portal, choose Restore from a tenant export, pick the zip and press Check and restore.',
  'practice.tenant-restore.step.5': 'Come back here and Check.',
  'practice.tenant-restore.hint.1':
    'A restore goes only into an empty sandbox: reset first (Start again would set up the exercise anew).',
  'practice.tenant-restore.hint.2':
    'The restore checks every file of the package before it writes anything; a damaged zip changes nothing.',
  'practice.tenant-restore.hint.3':
    'Add {name} before the export, or the package will not hold them.',
  'practice.tenant-restore.c.restored': 'The sandbox was restored from a tenant package',
  'practice.tenant-restore.tip.restored':
    'Reset the sandbox and use Restore from a tenant export with the zip you downloaded.',
  'practice.tenant-restore.c.org': '{org} is back with its users',
  'practice.tenant-restore.tip.org': 'Restore the package exported from {org}, not another one.',
  'practice.tenant-restore.c.user': '{name} is in the directory',
  'practice.tenant-restore.tip.user':
    'Add {name} before you export, then export, reset and restore again.',
} as const;
