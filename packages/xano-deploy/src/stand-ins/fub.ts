// Follow Up Boss-shaped records (people, calls, events, appointments, deals, textMessages). Field names follow FUB's
// public v1 API as we know it; ids are integers (record i has id i + 1) and every personId points at
// a person the stand-ins serve.
import type { CollectionSpec, GenContext } from './collection.js';
import { nameOf } from './names.js';
import type { Draw } from './random.js';

const STAGES = [[2, 'Lead'], [3, 'Prospect'], [4, 'Active Client'], [5, 'Closed'], [6, 'Past Client']] as const;
const SOURCES = ['Zillow', 'Realtor.com', 'Referral', 'Open House', 'Website'] as const;
const EVENT_TYPES = ['Registration', 'Property Inquiry', 'Viewed Property', 'Saved Property', 'Seller Inquiry'] as const;

const personId = (ctx: GenContext, d: Draw) => d.int(1, ctx.counts['fub.people']);
const agentUserId = (d: Draw) => d.int(1, 25);

const people: CollectionSpec = {
  name: 'fub.people',
  ratio: 1,
  generate: (_ctx, i, d) => {
    const { firstName, lastName } = nameOf(d);
    const [stageId, stage] = d.pick(STAGES);
    const created = d.isoBefore(720);
    return {
      id: i + 1, created, updated: created, createdVia: 'API', lastActivity: created,
      name: `${firstName} ${lastName}`, firstName, lastName, stage, stageId, source: d.pick(SOURCES),
      assignedUserId: agentUserId(d), emails: [{ value: `person${i + 1}@example.com`, type: 'home', isPrimary: 1 }],
      phones: [{ value: `555-${String(1000 + (i % 9000)).padStart(4, '0')}`, type: 'mobile', isPrimary: 1 }],
      tags: d.next() < 0.3 ? ['buyer'] : [],
    };
  },
};

const calls: CollectionSpec = {
  name: 'fub.calls',
  ratio: 2.5,
  generate: (ctx, i, d) => {
    const created = d.isoBefore(365);
    return {
      id: i + 1, personId: personId(ctx, d), phone: `555-${String(d.int(0, 9999)).padStart(4, '0')}`,
      isIncoming: d.next() < 0.4, duration: d.int(0, 1800), outcome: d.pick(['Interested', 'Left Message', 'No Answer', 'Not Interested']),
      note: '', userId: agentUserId(d), created, updated: created,
    };
  },
};

const events: CollectionSpec = {
  name: 'fub.events',
  ratio: 0.7,
  generate: (ctx, i, d) => {
    const created = d.isoBefore(365);
    return {
      id: i + 1, created, updated: created, type: d.pick(EVENT_TYPES), message: '', description: '',
      personId: personId(ctx, d), source: d.pick(SOURCES), property: { city: 'Austin', state: 'TX', price: d.int(150, 900) * 1000 },
    };
  },
};

const appointments: CollectionSpec = {
  name: 'fub.appointments',
  ratio: 0.05,
  generate: (ctx, i, d) => {
    const start = d.isoBefore(180);
    return {
      id: i + 1, title: d.pick(['Showing', 'Listing Presentation', 'Buyer Consultation']), description: '', allDay: false,
      start, end: new Date(Date.parse(start) + 3_600_000).toISOString(), location: '', created: start, updated: start,
      invitees: [{ personId: personId(ctx, d) }, { userId: agentUserId(d) }],
    };
  },
};

const deals: CollectionSpec = {
  name: 'fub.deals',
  ratio: 0.05,
  generate: (ctx, i, d) => {
    const createdAt = d.isoBefore(365);
    const [stageId, stageName] = d.pick([[11, 'Under Contract'], [12, 'Pending'], [13, 'Closed']] as const);
    return {
      id: i + 1, name: `Deal ${i + 1}`, stageId, stageName, pipelineId: 1, pipelineName: 'Buyers', price: d.int(150, 900) * 1000,
      people: [{ id: personId(ctx, d) }], users: [{ id: agentUserId(d) }], createdAt, updatedAt: createdAt,
      projectedCloseDate: d.isoBefore(-60).slice(0, 10),
    };
  },
};

const textMessages: CollectionSpec = {
  name: 'fub.textMessages',
  ratio: 1,
  generate: (ctx, i, d) => {
    const created = d.isoBefore(365);
    const isIncoming = d.next() < 0.45;
    const agent = `555-01${String(d.int(0, 99)).padStart(2, '0')}`;
    const lead = `555-${String(d.int(0, 9999)).padStart(4, '0')}`;
    return {
      id: i + 1, created, updated: created, personId: personId(ctx, d), userId: agentUserId(d), isIncoming,
      status: isIncoming ? 'Received' : d.pick(['Sent', 'Delivered', 'Failed']),
      message: d.pick(['Are you free for a showing this weekend?', 'Thanks, talk soon.', 'The listing you asked about is still available.', 'Can you send me the disclosures?']),
      fromNumber: isIncoming ? lead : agent, toNumber: isIncoming ? agent : lead, externalLabel: null,
    };
  },
};

/** The FUB collections. */
export const FUB_COLLECTIONS: readonly CollectionSpec[] = [people, calls, events, appointments, deals, textMessages];
