/**
 * English strings of the landing page's Start, the CSV templates page and what Astro renders
 * at build time (page titles, the header): only those pages load them (SPEC §14: each page's
 * first load carries its own strings). Spread into the key set in src/i18n/en.ts.
 */
export const enPages = {
  'page.skip': 'Skip to content',
  'page.siteNav': 'Site',
  'page.guides': 'Guides',
  'page.portal': 'Portal',
  'page.templates': 'Templates',
  'page.practice': 'Practice',
  'page.templatesTitle': 'CSV templates and file check',
  'page.templatesDescription':
    'Download the import templates for your organization and check a filled file in your browser before you upload it.',
  'page.noscript': 'The portal runs in your browser and needs JavaScript.',
  'page.portalTitle': 'Management portal',
  'page.practiceTitle': 'Practice',
  'page.practiceDescription':
    'Exercises that check your work: each starts the sandbox from a known organization, asks for one admin task and tells you what is done and what is missing.',
  'page.portalDescription':
    'The Kaizala organization management portal, simulated in your browser: directory, attributes, roles and settings.',

  'landing.start.new': 'Start a new organization',
  'landing.start.newHint':
    'Name it, add yourself as its first org admin and build it up from an empty directory.',
  'landing.start.demo': 'Start with the demo organization',
  'landing.start.demoHint':
    'Contoso Logistics, ready to explore: 320 users, a three-level group hierarchy, conversations and published Actions.',
  'landing.start.empty': 'No organization is stored in this browser yet.',
  'landing.start.current': 'This browser’s sandbox holds {organization}.',
  'landing.start.continue': 'Carry on in the portal',
  'landing.start.newConfirm': 'Erase and start new',
  'landing.start.newText':
    '{organization} is erased from this browser, with its users, attributes, groups, conversations and history. Then you set up the new organization in the portal.',
  'landing.start.demoConfirm': 'Replace with the demo',
  'landing.start.demoText':
    '{organization} is replaced by the demo organization Contoso Logistics, with everything in it: users, attributes, groups, conversations and history.',
  'landing.start.keepCopy': 'To keep a copy, export its tenant data first.',
  'landing.start.loadingDemo': 'Loading the demo organization…',
  'landing.start.opening': 'Opening the portal…',

  'templates.title': 'Templates',
  'templates.forOrg.one':
    'Generated for {org}: the users templates have a column for its {count} attribute.',
  'templates.forOrg.other':
    'Generated for {org}: the users templates have a column for each of its {count} attributes.',
  'templates.noOrg':
    'There is no organization in this browser yet, so the users templates have only Phone Number and Name. Create one or load the demo in the portal to get attribute columns.',
  'templates.download': 'Download',
  'templates.kind.users-employee': 'Users — Employee network',
  'templates.kind.users-others': 'Users — Others network',
  'templates.kind.group-members': 'User Group Mapping',
  'templates.kind.group-parents': 'Parent Group Mapping',
  'templates.about.users-employee':
    'Phone Number, Name and every attribute; import it from the Employee tab of the directory.',
  'templates.about.users-others': 'The same columns, for partners and other outsiders.',
  'templates.about.group-members':
    'Group Name, Phone Number and User Type (Admin or Member), for Bulk Upload Users on the Groups page.',
  'templates.about.group-parents':
    'Parent Group Name and Child Group Name, to build a hierarchy in the same upload.',
  'templates.checkTitle': 'Check a file',
  'templates.checkIntro':
    'The check reads the file with the importer itself and lists every problem by row and column. Nothing is imported or changed.',
  'templates.checkAs': 'Check as',
  'templates.region': 'Region for numbers without +',
  'templates.parentFile':
    'A Parent Group Mapping file is checked together with its User Group Mapping file, as Bulk Upload Users on the Groups page does.',
  'templates.checkFile': 'Check file',

  'templates.kind.group-members-one': 'Users of one group',
  'templates.about.group-members-one':
    'Phone Number and User Type, for Import via CSV on a group’s Users tab.',
} as const;
