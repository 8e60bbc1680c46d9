// One FUB record (docs/stand-ins.md's fields) written to its fub_* table, upserted on FUB's id so a
// re-sync updates the row in place. Shared by the daily workers (8065, 10022, 8067, 8091, the onboarding
// text-messages worker) and the
// Lambda coordinator (8118), so a record lands in the same columns whichever of them fetched it.
import { now, type Shape, type Stack, type X } from '@xac/xanoscript-dsl/dsl';
import { fubAppointments } from '../../tables/fub_appointments.ts';
import { fubCalls } from '../../tables/fub_calls.ts';
import { fubDeals } from '../../tables/fub_deals.ts';
import { fubEvents } from '../../tables/fub_events.ts';
import { fubPeople } from '../../tables/fub_people.ts';
import { fubTextMessages } from '../../tables/fub_text_messages.ts';
import { orNull } from './shared_fub.ts';

/** Whose FUB account a record came from: the user, and (for people) the user's agent. */
export interface FubOwner {
  readonly userId: X<'int'>;
  readonly agentId?: X<'int' | 'null'>;
}

/**
 * Upserts a FUB person into fub_people on `fub_people_id`.
 * @example upsertFubPerson(b, person, { userId, agentId });
 */
export function upsertFubPerson<I extends Shape>(s: Stack<I>, person: X<'json'>, o: FubOwner): void {
  s.db.addOrEdit(fubPeople, { field_name: 'fub_people_id', field_value: person.get('id', 0), data: { ...fubPersonFields(person, o), updated_at: now } });
}

/** The columns a FUB person fills (all but updated_at), as upsertFubPerson writes them. */
export const fubPersonFields = (person: X<'json'>, o: FubOwner) => ({
  fub_people_id: person.get('id', 0), user_id: o.userId, agent_id: o.agentId ?? orNull.int, first_name: person.get('firstName', orNull.text),
  last_name: person.get('lastName', orNull.text), emails: person.get('emails', []), stage_id: person.get('stageId', orNull.int),
  stage_name: person.get('stage', orNull.text), source: person.get('source', orNull.text), tags: person.get('tags', []),
  assigned_to: person.get('assignedUserId', orNull.int),
});

/**
 * Upserts a FUB call into fub_calls on `fub_call_id`.
 * @example upsertFubCall(b, call, { userId });
 */
export function upsertFubCall<I extends Shape>(s: Stack<I>, call: X<'json'>, o: FubOwner): void {
  s.db.addOrEdit(fubCalls, { field_name: 'fub_call_id', field_value: call.get('id', 0), data: { ...fubCallFields(call, o), updated_at: now } });
}

/** The columns a FUB call fills (all but updated_at), as upsertFubCall writes them. */
export const fubCallFields = (call: X<'json'>, o: FubOwner) => ({
  fub_call_id: call.get('id', 0), user_id: o.userId, person_id: call.get('personId', orNull.int), phone: call.get('phone', orNull.text),
  is_incoming: call.get('isIncoming', orNull.bool), duration: call.get('duration', orNull.int), outcome: call.get('outcome', orNull.text),
  note: call.get('note', orNull.text), fub_user_id: call.get('userId', orNull.int), called_at: call.get('created', orNull.text).toTimestamp(),
});

/**
 * Upserts a FUB event into fub_events on `fub_event_id`.
 * @example upsertFubEvent(b, event, { userId });
 */
export function upsertFubEvent<I extends Shape>(s: Stack<I>, event: X<'json'>, o: FubOwner): void {
  s.db.addOrEdit(fubEvents, { field_name: 'fub_event_id', field_value: event.get('id', 0), data: { ...fubEventFields(event, o), updated_at: now } });
}

/** The columns a FUB event fills (all but updated_at), as upsertFubEvent writes them. */
export const fubEventFields = (event: X<'json'>, o: FubOwner) => ({
  fub_event_id: event.get('id', 0), user_id: o.userId, type: event.get('type', orNull.text), person_id: event.get('personId', orNull.int),
  source: event.get('source', orNull.text), occurred_at: event.get('created', orNull.text).toTimestamp(),
});

/**
 * Upserts a FUB appointment into fub_appointments on `fub_appointment_id` (the id given, since the
 * onboarding worker reads it from its staged row).
 * @example upsertFubAppointment(b, appointment, appointment.get('id', 0), { userId });
 */
export function upsertFubAppointment<I extends Shape>(s: Stack<I>, a: X<'json'>, appointmentId: X<'int'>, o: FubOwner): void {
  s.db.addOrEdit(fubAppointments, { field_name: 'fub_appointment_id', field_value: appointmentId, data: { ...fubAppointmentFields(a, appointmentId, o), updated_at: now } });
}

/** The columns a FUB appointment fills (all but updated_at), as upsertFubAppointment writes them. */
export const fubAppointmentFields = (a: X<'json'>, appointmentId: X<'int'>, o: FubOwner) => ({
  fub_appointment_id: appointmentId, user_id: o.userId, title: a.get('title', orNull.text),
  description: a.get('description', orNull.text), all_day: a.get('allDay', orNull.bool), starts_at: a.get('start', orNull.text).toTimestamp(),
  ends_at: a.get('end', orNull.text).toTimestamp(), location: a.get('location', orNull.text),
  person_id: a.get('invitees', []).get(0, {}).get('personId', orNull.int),
});

/**
 * Upserts a FUB deal into fub_deals on `fub_deal_id`.
 * @example upsertFubDeal(b, deal, { userId });
 */
export function upsertFubDeal<I extends Shape>(s: Stack<I>, deal: X<'json'>, o: FubOwner): void {
  s.db.addOrEdit(fubDeals, { field_name: 'fub_deal_id', field_value: deal.get('id', 0), data: { ...fubDealFields(deal, o), updated_at: now } });
}

/** The columns a FUB deal fills (all but updated_at), as upsertFubDeal writes them. */
export const fubDealFields = (deal: X<'json'>, o: FubOwner) => ({
  fub_deal_id: deal.get('id', 0), user_id: o.userId, name: deal.get('name', orNull.text), stage_id: deal.get('stageId', orNull.int),
  stage_name: deal.get('stageName', orNull.text), pipeline_id: deal.get('pipelineId', orNull.int), pipeline_name: deal.get('pipelineName', orNull.text),
  price: deal.get('price', orNull.decimal), person_id: deal.get('people', []).get(0, {}).get('id', orNull.int),
});

/**
 * Upserts a FUB text message into fub_text_messages on `fub_text_message_id` (the id given, since the
 * onboarding worker reads it from its staged row).
 * @example upsertFubTextMessage(b, message, message.get('id', 0), { userId });
 */
export function upsertFubTextMessage<I extends Shape>(s: Stack<I>, m: X<'json'>, messageId: X<'int'>, o: FubOwner): void {
  s.db.addOrEdit(fubTextMessages, { field_name: 'fub_text_message_id', field_value: messageId, data: { ...fubTextMessageFields(m, messageId, o), updated_at: now } });
}

/** The columns a FUB text message fills (all but updated_at), as upsertFubTextMessage writes them. */
export const fubTextMessageFields = (m: X<'json'>, messageId: X<'int'>, o: FubOwner) => ({
  fub_text_message_id: messageId, user_id: o.userId, person_id: m.get('personId', orNull.int), fub_user_id: m.get('userId', orNull.int),
  is_incoming: m.get('isIncoming', orNull.bool), status: m.get('status', orNull.text), message: m.get('message', orNull.text),
  from_number: m.get('fromNumber', orNull.text), to_number: m.get('toNumber', orNull.text), sent_at: m.get('created', orNull.text).toTimestamp(),
});
