workspace_trigger "notify/branch live" {
  actions = {branch_live: true, branch_merge: false, branch_new: false}
  input {
    json to_branch
  }
  stack {
  }
  guid = "Wt1Kk2Jj3Hh4Gg5Ff6Dd7Ss8Aa9q"
}