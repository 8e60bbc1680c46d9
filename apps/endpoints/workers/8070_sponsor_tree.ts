// WORKERS endpoint `test-function-8070-sponsor-tree` (reference: the seed's workers, domain §1.4).
import { networkHierarchy, onboardingSponsorTree } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8070SponsorTree, tests: testFunction8070SponsorTreeTests, decl: worker8070SponsorTree } =
  userWorker(8070, 'sponsor-tree', 'reZEN - Onboarding Process Agent Sponsor Tree', onboardingSponsorTree, [networkHierarchy]);
