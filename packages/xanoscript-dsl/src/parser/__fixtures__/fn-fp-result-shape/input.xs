function "Workers/reZEN - RevShare Totals" {
  description = "Sums contributions into revshare_totals; returns the FP Result shape"
  input {
    int user_id
  }
  stack {
    var $result {
      value = {success: false, data: null, error: null, step: "start"}
    }
    db.query "contribution" {
      where = $db.contribution.receiving_agent_id == $input.user_id
      output = ["amount", "tier"]
    } as $rows
    conditional {
      if (($rows|count) == 0) {
        return {
          value = {success: false, skipped: true, message: "No pending revshare jobs"}
        }
      }
    }
    var $total {
      value = $rows|map:$$.amount|sum
    }
    db.add_or_edit "revshare_totals" {
      field_name = "user_id"
      field_value = $input.user_id
      data = {user_id: $input.user_id, total: $total, updated_at: now}
    } as $row
    var.update $result {
      value = {success: true, data: $row, error: null, step: "complete"}
    }
  }
  response = $result
}
