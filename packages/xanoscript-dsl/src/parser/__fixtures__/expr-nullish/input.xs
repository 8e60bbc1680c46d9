function "Utils/Display Name" {
  input {
    text? first_name?
    text? last_name?
    text? nickname?
  }
  stack {
    var $first {
      value = $input.nickname ?? $input.first_name
    }
    var $name {
      value = ($first ?? "") ~ " " ~ ($input.last_name ?? "")
    }
    var $fallback {
      value = ($input.nickname ?? $input.first_name) ?? "Agent"
    }
    var $falsy {
      value = $input.nickname || "Agent"
    }
  }
  response = {name: $name|trim, fallback: $fallback, falsy: $falsy}
}
