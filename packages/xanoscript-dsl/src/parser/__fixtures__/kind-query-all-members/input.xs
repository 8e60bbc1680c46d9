query "leaderboard/computed" verb=GET {
  api_group = "Frontend API v2"
  description = "Ranks agents of a team by closed volume for a period"
  docs = "time_period is one of month, quarter, year; metric is volume or units."
  auth = "user"
  tags = ["frontend", "leaderboard"]
  history = "inherit"
  cache = {ttl: 300, input: true, auth: true, datasource: true, ip: false}
  middleware = {pre: [{name: "Frontend/Require Team"}], post: [{name: "Frontend/Audit"}]}
  input {
    enum time_period?="month" {
      values = ["month", "quarter", "year"]
    }
    enum metric?="volume" {
      values = ["volume", "units"]
    }
    int team_id
  }
  stack {
    function.run "Tasks/Leaderboard - Compute" {
      input = {
        team_id: $input.team_id,
        time_period: $input.time_period,
        metric: $input.metric
      }
    } as $board
  }
  response = $board|get:"data":[]
  test "returns a list" {
    input = {team_id: 1, time_period: "month", metric: "units"}
    expect.to_be_defined ($response)
  }
}
