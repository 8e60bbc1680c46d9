function "Tasks/reZEN - Onboarding Orchestrator" {
  input {
    int user_id
  }
  stack {
    function.run "Workers/reZEN - Agent Data" {
      input = {user_id: $input.user_id}
    } as $agent
    function.run "Workers/reZEN - Transactions Sync" {
      input = {user_id: $input.user_id, agent_id: $agent|get:"data":({})|get:"id":null}
    } as $transactions
    function.run "Workers/reZEN - Listings Sync" {
      input = {user_id: $input.user_id}
    } as $listings
    function.run "Utils/Ping"
  }
  response = {agent: $agent, transactions: $transactions, listings: $listings}
}
