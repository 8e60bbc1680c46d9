function "Workers/SkySlope - Transactions Sync" {
  input {
    int user_id
  }
  stack {
    db.query "skyslope_connection" {
      where = $db.skyslope_connection.user_id == $input.user_id
      return = {type: "single"}
    } as $connection
    conditional {
      if ($connection == null) {
        return {
          value = {success: true, skipped: true, message: "No jobs needed processing"}
        }
      }
    }
    api.request {
      url = "https://api.skyslope.example.com/transactions"
      method = "GET"
      headers = ["Authorization: Bearer " ~ $connection.access_token]
    } as $resp
    foreach ($resp.response.result|get:"transactions":[]) {
      each as $t {
        db.add "stage_transactions_skyslope" {
          data = {user_id: $input.user_id, payload: $t, is_processed: false}
        }
      }
    }
    db.patch "skyslope_sync_state" {
      field_name = "user_id"
      field_value = $input.user_id
      data = {last_sync_at: now, status: "ready"}
    }
  }
  response = {success: true, data: null, error: null, step: "skyslope_transactions"}
}
