function "Workers/Record Daily Sync Steps" {
  input {
    object[] steps {
      description = "One entry per daily sync step"
      schema {
        int step
        text name
        enum integration {
          values = ["FUB", "reZEN", "SkySlope"]
        }
        bool success
        bool skipped?=false
        int duration_ms?=0
      }
    }
  }
  stack {
    var $failed {
      value = $input.steps|filter:(($$.success == false) && ($$.skipped == false))
    }
  }
  response = {total: $input.steps|count, failed: $failed|count}
}
