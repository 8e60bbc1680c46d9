// Staging table 501 of the seed report → fub_appointments.
import { stagingTable } from './staging.ts';

export const stageAppointmentsFubOnboarding = stagingTable('stage_appointments_fub_onboarding', 'Staged Follow Up Boss appointments of onboarding, processed into fub_appointments.');
