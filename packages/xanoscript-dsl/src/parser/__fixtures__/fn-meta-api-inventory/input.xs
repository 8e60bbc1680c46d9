function "Introspection/Workspace Record Counts" {
  input {
    int workspace_id?=5
  }
  stack {
    api.request {
      url = "https://x2nu-xcjc-vhax.agentdashboards.xano.io/api:meta/workspace/" ~ $input.workspace_id ~ "/table"
      method = "GET"
      params = {per_page: 100, page: 1}
      headers = ["Authorization: Bearer " ~ $env.XANO_META_TOKEN]
      timeout = 30
    } as $tables
    var $names {
      value = $tables.response.result|get:"items":[]|map:$$.name
    }
  }
  response = {workspace_id: $input.workspace_id, tables: $names, count: $names|count}
}
