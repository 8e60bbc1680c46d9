// Staging table 498 of the seed report → fub_text_messages.
import { stagingTable } from './staging.ts';

export const stageTextMessagesFubOnboarding = stagingTable('stage_text_messages_fub_onboarding', 'Staged Follow Up Boss text messages of onboarding, processed into fub_text_messages.');
