workspace_trigger "notify_branch_live" {
  description = "Posts to Slack when a branch goes live"
  actions = {branch_live: true, branch_merge: false, branch_new: false}
  active = true
  input {
    object to_branch {
      schema {
        int id
        text label
      }
    }
    object from_branch {
      schema {
        int id
        text label
      }
    }
    enum action {
      values = ["branch_live", "branch_merge", "branch_new"]
    }
  }
  stack {
    function.run "Workers/AD - Send Slack Notification" {
      input = {text: "Branch " ~ $input.to_branch.label ~ " is live"}
    }
  }
}
