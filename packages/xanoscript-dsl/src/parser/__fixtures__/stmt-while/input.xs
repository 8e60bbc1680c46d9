function "Workers/Meta - List All Tables" {
  input {
    int workspace_id?=5
  }
  stack {
    var $page {
      value = 1
    }
    var $tables {
      value = []
    }
    var $more {
      value = true
    }
    while ($more) {
      each {
        api.request {
          url = "https://x2nu-xcjc-vhax.agentdashboards.xano.io/api:meta/workspace/" ~ $input.workspace_id ~ "/table"
          method = "GET"
          params = {per_page: 100, page: $page}
          headers = ["Authorization: Bearer " ~ $env.XANO_META_TOKEN]
        } as $resp
        var $items {
          value = $resp.response.result|get:"items":[]
        }
        array.merge $tables {
          value = $items
        }
        var.update $more {
          value = ($items|count) == 100
        }
        math.add $page {
          value = 1
        }
      }
    }
  }
  response = $tables
}
