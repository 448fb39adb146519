import { DAY_MS } from './clock';
import { builtinActionId, publicationId } from './catalog';
import { sha256Hex } from './sha256';
import { demoChatter } from './demo-chatter';
import type {
  ActionResponse,
  ActionType,
  Card,
  CardResponse,
  Connector,
  GroupRole,
  Message,
  OrgAction,
  Publication,
} from './types';

/**
 * The demo organization's connectors, Actions and conversations (SPEC §12): the same every
 * time, among the demo groups and their members (see `buildDemo` for who is in which group).
 * Authors only send what their group role may send, so the demo obeys its own rules.
 */
export interface DemoCatalog {
  connectors: Connector[];
  actions: OrgAction[];
  publications: Publication[];
  messages: Message[];
  responses: ActionResponse[];
}

const HOUR_MS = 3_600_000;

/** `phone(i)` is the phone of demo user `i`; `now` is the simulated time of loading. */
export function buildDemoCatalog(phone: (index: number) => string, now: number): DemoCatalog {
  const at = (days: number, hours = 0) => now - days * DAY_MS + hours * HOUR_MS;
  const connector = (
    id: string,
    name: string,
    description: string,
    owner: number,
    created: number,
  ): Connector => ({
    id,
    name,
    description,
    // Nobody knows a demo secret: it was "shown once" before the demo existed.
    secretHash: sha256Hex(`demo-secret:${id}`),
    owner: phone(owner),
    createdAt: at(created),
    active: true,
  });
  const connectors = [
    connector(
      'c-demo-roster',
      'Shift roster sync',
      'Posts the weekly shift roster from the planning system.',
      0,
      120,
    ),
    connector(
      'c-demo-telematics',
      'Fleet telematics',
      "Sends vehicle alerts to the drivers' group.",
      190,
      90,
    ),
    {
      ...connector('c-demo-hr', 'Legacy HR feed', 'Old HR announcements feed.', 1, 300),
      active: false,
      deactivatedAt: at(20),
      deactivatedBy: phone(1),
    },
  ];
  const custom = (id: string, name: string, type: ActionType, by: number): OrgAction => ({
    id,
    name,
    type,
    description: '',
    createdBy: phone(by),
    createdAt: at(90),
    builtIn: false,
  });
  const actions = [
    custom('a-demo-safety', 'Forklift safety check', 'checklist', 120),
    custom('a-demo-lunch', 'Lunch order', 'poll', 0),
  ];

  const publications: Publication[] = [];
  const attach = (groupId: string, connectorId: string, by: number) =>
    publications.push({
      id: publicationId('connector', groupId, connectorId),
      groupId,
      kind: 'connector',
      refId: connectorId,
      publishedBy: phone(by),
      publishedAt: at(80),
    });
  attach('g-north', 'c-demo-roster', 0);
  attach('g-south', 'c-demo-roster', 0);
  attach('g-south-drivers', 'c-demo-telematics', 190);
  attach('g-office', 'c-demo-hr', 1);
  const publish = (groupId: string, actionId: string, roles: GroupRole[], by: number) =>
    publications.push({
      id: publicationId('action', groupId, actionId),
      groupId,
      kind: 'action',
      refId: actionId,
      roles,
      publishedBy: phone(by),
      publishedAt: at(60),
    });
  const builtin = builtinActionId;
  publish('g-all', builtin('announcement'), ['admin'], 0);
  publish('g-all', builtin('poll'), ['admin', 'member'], 0);
  // The admins-only Quick Poll of the guides: members of Warehouse North cannot send polls.
  publish('g-north', builtin('poll'), ['admin'], 120);
  publish('g-north', 'a-demo-safety', ['admin', 'member'], 120);
  publish('g-north-night', builtin('attendance'), ['admin'], 60);
  publish('g-north-night', builtin('meet'), ['admin', 'member'], 60);
  publish('g-south-drivers', builtin('job'), ['admin'], 190);
  publish('g-south-drivers', builtin('training'), ['admin', 'member'], 190);
  publish('g-office', builtin('survey'), ['admin', 'member'], 220);
  publish('g-office', 'a-demo-lunch', ['admin', 'member'], 0);
  publish('p-football', builtin('poll'), ['admin', 'member'], 14);

  const messages: Message[] = [];
  const responses: ActionResponse[] = [];
  const text = (groupId: string, author: number, body: string, when: number) =>
    messages.push({
      id: messages.length + 1,
      groupId,
      author: phone(author),
      at: when,
      kind: 'text',
      text: body,
    });
  /** Sends a card; `answer(i, k)` gives member `i`'s response (k counts responders) or none. */
  const card = (
    groupId: string,
    actionId: string,
    author: number,
    content: Card,
    when: number,
    responders: readonly number[],
    answer: (member: number, k: number) => CardResponse | undefined,
  ) => {
    const id = messages.length + 1;
    messages.push({
      id,
      groupId,
      author: phone(author),
      at: when,
      kind: 'card',
      text: '',
      actionId,
      card: content,
    });
    responders.forEach((member, k) => {
      const response = answer(member, k);
      if (response)
        responses.push({
          id: responses.length + 1,
          messageId: id,
          groupId,
          author: phone(member),
          at: when + (k + 1) * 7 * 60_000,
          response,
        });
    });
  };
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

  text(
    'g-all',
    0,
    'Welcome to the Contoso Logistics group! Company news and polls go here.',
    at(30),
  );
  card(
    'g-all',
    builtin('announcement'),
    0,
    {
      type: 'announcement',
      title: 'New safety vests',
      text: 'High-visibility vests are required in every warehouse from Monday.',
    },
    at(20),
    range(2, 26),
    () => ({ type: 'announcement', acknowledged: true }),
  );
  card(
    'g-all',
    builtin('poll'),
    1,
    {
      type: 'poll',
      question: 'Which date suits you for the summer picnic?',
      options: ['Friday 28 June', 'Saturday 29 June', 'Saturday 6 July'],
    },
    at(10),
    range(2, 48),
    (i) => ({ type: 'poll', option: [0, 1, 1, 2, 1][i % 5]! }),
  );
  text('g-all', 5, 'Saturday works best for my family.', at(9, 2));

  card(
    'g-north',
    builtin('poll'),
    120,
    {
      type: 'poll',
      question: 'Which forklift refresher slot do you prefer?',
      options: ['Tuesday 7:00', 'Wednesday 14:00', 'Thursday 22:00'],
    },
    at(8),
    range(121, 151),
    (i) => ({ type: 'poll', option: [0, 1, 2, 0][i % 4]! }),
  );
  card(
    'g-north',
    'a-demo-safety',
    125,
    {
      type: 'checklist',
      title: 'Forklift safety check — bay 3',
      items: [
        'Brakes tested',
        'Horn and lights work',
        'Forks free of cracks',
        'Seat belt fastened',
      ],
    },
    at(6),
    range(121, 131),
    (i) => ({ type: 'checklist', ticked: [0, 1, 2, 3].filter((t) => (i + t) % 3 !== 0) }),
  );
  text('g-north', 130, 'Bay 3 forklift is back in service.', at(5));

  card(
    'g-north-night',
    builtin('attendance'),
    60,
    { type: 'attendance', title: 'Night shift roll call, Monday' },
    at(4),
    range(61, 81),
    (i) => (i % 6 === 0 ? undefined : { type: 'attendance', present: true }),
  );
  card(
    'g-north-night',
    builtin('meet'),
    70,
    { type: 'meet', title: 'Night team breakfast', at: at(-3, 7), place: 'Canteen, building B' },
    at(3),
    range(61, 76),
    (i) => ({ type: 'meet', going: i % 4 !== 0 }),
  );
  text('g-north-night', 61, 'I can cover the Wednesday shift if anyone needs a swap.', at(2));

  card(
    'g-south-drivers',
    builtin('job'),
    190,
    {
      type: 'job',
      title: 'Deliver spare parts to the Kraków depot',
      text: 'Pallets 14–16, before 15:00.',
    },
    at(3),
    [195],
    () => ({ type: 'job', done: true }),
  );
  card(
    'g-south-drivers',
    builtin('training'),
    200,
    {
      type: 'training',
      title: 'Eco-driving, module 2',
      text: 'About 20 minutes; finish by Friday.',
    },
    at(7),
    range(191, 206),
    () => ({ type: 'training', completed: true }),
  );

  const days = ['Monday', 'Tuesday', 'Thursday'];
  const wishes = ['A quiet room', 'Better coffee', 'Bike parking', 'More meeting rooms'];
  card(
    'g-office',
    builtin('survey'),
    220,
    {
      type: 'survey',
      title: 'Office move survey',
      questions: [
        'Which day do you prefer to work from the office?',
        'What should the new office have?',
      ],
    },
    at(12),
    range(221, 233),
    (i) => ({ type: 'survey', answers: [days[i % 3]!, wishes[i % 4]!] }),
  );
  card(
    'g-office',
    'a-demo-lunch',
    221,
    {
      type: 'poll',
      question: 'Friday team lunch?',
      options: ['Pizza', 'Sushi', 'Pierogi', 'Salad bar'],
    },
    at(2),
    range(222, 241),
    (i) => ({ type: 'poll', option: [2, 0, 2, 1, 3, 2][i % 6]! }),
  );

  text('p-football', 14, 'Pitch booked for Friday 18:00.', at(4));
  card(
    'p-football',
    builtin('poll'),
    21,
    { type: 'poll', question: 'Same time next week?', options: ['Yes', 'No'] },
    at(1),
    [28, 35, 42, 49, 56, 63],
    (i) => ({ type: 'poll', option: i === 49 ? 1 : 0 }),
  );
  return { connectors, actions, publications, ...withChatter(messages, responses, phone, now) };
}

/**
 * The conversations above with 60 days of chatter, numbered in the order they were sent
 * (a conversation lists a group's messages by id).
 */
function withChatter(
  messages: Message[],
  responses: ActionResponse[],
  phone: (index: number) => string,
  now: number,
): { messages: Message[]; responses: ActionResponse[] } {
  const chatter = demoChatter(phone, now);
  const byId = new Map(messages.map((m) => [m.id!, m]));
  const all = [...messages, ...chatter.messages].sort((a, b) => a.at - b.at);
  const renumbered = new Map<Message, number>(all.map((m, i) => [m, i + 1]));
  const answers = [
    ...responses.map((r) => ({ ...r, card: byId.get(r.messageId)! })),
    ...chatter.responses,
  ].sort((a, b) => a.at - b.at);
  return {
    messages: all.map((m) => ({ ...m, id: renumbered.get(m)! })),
    responses: answers.map(({ card, ...r }, i) => ({
      ...r,
      id: i + 1,
      messageId: renumbered.get(card)!,
    })),
  };
}
