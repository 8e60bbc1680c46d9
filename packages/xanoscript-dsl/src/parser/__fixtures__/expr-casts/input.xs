function "Utils/Cast Examples" {
  input {
  }
  stack {
    var $count {
      value = !int "42"
    }
    var $enabled {
      value = !bool "true"
    }
    var $ratio {
      value = !decimal "0.25"
    }
    var $label {
      value = !text "In Process"
    }
    var $queue {
      value = !array "[]"|push:"people"|push:"calls"
    }
  }
  response = {count: $count, enabled: $enabled, ratio: $ratio, label: $label, queue: $queue}
}
