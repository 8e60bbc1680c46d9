function "Utils/Bounded Arrays" {
  input {
    int[] user_ids
    int[1:20] team_ids
    text[:5] tags?
    decimal[2:] prices?
    email[] recipients?
    text[]? notes?
  }
  stack {
  }
  response = {users: $input.user_ids|count, teams: $input.team_ids|count}
}
