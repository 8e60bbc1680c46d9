function "Workers/SkySlope - Account Users Sync" {
  input {
  }
  stack {
    debug.log {
      value = "SkySlope account users sync started"
    }
    function.run "Workers/SkySlope - Get Account Users" as $users
    debug.log {
      description = "Row count for the run log"
      value = {users: $users|get:"data":[]|count, at: now}
    }
  }
  response = {success: true, data: $users|get:"data":[], error: null, step: "skyslope_users"}
}
