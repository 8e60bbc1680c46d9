// Staging table 490 of the seed report → network_member.
import { stagingTable } from './staging.ts';

export const stageNetworkDownlineRezenOnboarding = stagingTable('stage_network_downline_rezen_onboarding', 'Staged reZEN down-network members of onboarding, processed into network_member.');
