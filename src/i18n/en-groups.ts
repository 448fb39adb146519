/** English UI strings of the Groups page and a group's page; spread into `en` (src/i18n/en.ts). */
export const enGroups = {
  'groups.kinds': 'Kinds of groups',
  'groups.tab.organization': 'Organization',
  'groups.tab.private': 'Private',
  'groups.filter': 'Find a group',
  'groups.filterPlaceholder': 'Group name',
  'groups.create': 'Create Group',
  'groups.newPrivate': 'New private group',
  'groups.createAbout.organization':
    'An organization group belongs to the organization and is managed here in the portal. You become its first admin.',
  'groups.createAbout.private':
    'A private group is what people make in the Kaizala app. Only its members see it; you become its admin. Map it to the organization later if the organization should manage it.',
  'groups.name': 'Group name',
  'groups.createSubmit': 'Create',
  'groups.bulkUpload': 'Bulk Upload Users',
  'groups.uploadHistory': 'Group upload history',
  'groups.back': 'All groups',
  'groups.privateAbout':
    'Private groups you belong to. Org admins do not see private groups unless they are members.',
  'groups.emptyAdmin': 'No organization groups yet. Create one, or upload a mapping file.',
  'groups.emptyMember':
    'You are not a member of any organization group. Switch to another user at the top to see theirs.',
  'groups.emptyPrivate': 'You are not a member of any private group.',
  'groups.matches': 'Matching groups: {count}',
  'groups.inPath': 'in {path}',
  'groups.showMore': 'Show more ({count} more)',
  'groups.hierarchy': 'Group hierarchy',
  'groups.expand': 'Show sub-groups of {name}',
  'groups.collapse': 'Hide sub-groups of {name}',
  'groups.notYours':
    'Part of the hierarchy of your groups; you are not a member, so you cannot open it.',
  'groups.subCount.one': '1 sub-group',
  'groups.subCount.other': '{count} sub-groups',

  'group.unavailable':
    'This group does not exist, or you cannot see it as the user you are acting as.',
  'group.kind.organization': 'Organization group',
  'group.kind.private': 'Private group',
  'group.subGroupOf': 'Sub-group of',
  'group.tabs': 'Group sections',
  'group.tab.users': 'Users',
  'group.tab.subgroups': 'Sub-Groups',
  'group.tab.connectors': 'Connectors',
  'group.tab.actions': 'Actions',
  'group.tab.conversation': 'Conversation',
  'group.tab.reports': 'Reports',
  'group.map': 'Map to Organization',
  'group.mapConfirm': 'Map to Organization',
  'group.mapAbout':
    '“{name}” becomes an organization group: org admins see and manage it, and it can join the hierarchy. Its name must not be taken by another organization group.',
  'group.makePrivate': 'Make private',
  'group.makePrivateConfirm': 'Make private',
  'group.makePrivateAbout':
    '“{name}” becomes a private group. It leaves the hierarchy (its sub-groups become top-level groups), and org admins who are not members stop seeing it.',

  'group.users.filter': 'Find a member',
  'group.users.addByPhone': 'Add via Phone Number',
  'group.users.importCsv': 'Import via CSV',
  'group.users.history': 'View Import History',
  'group.users.export': 'Export',
  'group.users.count': 'Members: {count}. Admins: {admins}.',
  'group.users.displayName': 'Display name',
  'group.users.onlyAdmin':
    'This is the group’s only admin. Make another member an admin before you demote or remove them.',
  'group.users.removeTitle': 'Remove from the group?',
  'group.users.removeAbout':
    '{name} leaves “{group}”. They stay in the directory and in their other groups.',

  'group.add.title': 'Add users to {group}',
  'group.add.numbers': 'Phone numbers',
  'group.add.hint':
    'One number, or several separated by commas. Numbers that are not in the directory join it in the Others network.',
  'group.add.hintPrivate':
    'One number, or several separated by commas. A private group can add people who are already in the directory.',
  'group.add.role': 'Role in the group',
  'group.add.submit': 'Add',
  'group.add.done':
    'Added to the group: {added}, of them new in the directory (in Others): {created}. Already members, role unchanged: {present}. Not added: {invalid}.',
  'group.add.outcome.added': 'Added to the group ({phone})',
  'group.add.outcome.created': 'Added to the group and to the directory, in Others ({phone})',
  'group.add.outcome.present': 'Already a member, role unchanged ({phone})',

  'group.sub.private':
    'Private groups are not part of the organization hierarchy. Map this group to the organization to give it sub-groups.',
  'group.sub.filter': 'Find a group to add',
  'group.sub.pick': 'Group',
  'group.sub.add': 'Add Group',
  'group.sub.none': 'This group has no sub-groups.',
  'group.sub.added': '“{name}” is now a sub-group of “{group}”.',
  'group.sub.removed':
    '“{name}” is no longer a sub-group of “{group}”; it is a top-level group now.',
  'problem.group.sub.noneYouSee':
    'The groups that could become sub-groups here are not yours to see. Ask an org admin to add them.',

  'error.group.already.private': '“{group}” is already a private group.',
  'error.group.already.organization': '“{group}” is already an organization group.',
  'problem.group.member.notInDirectory':
    'Entry {row}: {value} is not in the directory. A private group can add only people who are; add them to the directory first, or check the number.',
} as const;
