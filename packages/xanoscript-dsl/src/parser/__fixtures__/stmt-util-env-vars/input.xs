query "debug/request-info" verb=GET {
  api_group = "MCP: System"
  input {
  }
  stack {
    util.get_env as $env_vars
    util.get_all_input as $all_input
    util.get_vars as $vars
    util.get_input {
      encoding = "json"
    } as $raw_input
    util.ip_lookup {
      value = $env.$remote_ip
    } as $geo
  }
  response = {
    ip: $env.$remote_ip,
    method: $env.$request_method,
    geo: $geo,
    input: $all_input,
    raw: $raw_input,
    vars: $vars|keys,
    env_keys: $env_vars|keys
  }
}
