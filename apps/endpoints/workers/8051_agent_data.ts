// WORKERS endpoint `test-function-8051-agent-data` (reference: the seed's workers, domain §1.4).
import { agent, rezenAgentData } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8051AgentData, tests: testFunction8051AgentDataTests, decl: worker8051AgentData } =
  userWorker(8051, 'agent-data', 'reZEN - Agent Data', rezenAgentData, [agent]);
