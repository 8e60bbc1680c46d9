function "Utils/Classify Error Text" {
  input {
    text message
  }
  stack {
    var $msg {
      value = $input.message
    }
    text.contains $msg {
      value = "Missing param"
    } as $missing_param
    text.icontains $msg {
      value = "unable to locate var"
    } as $missing_var
    text.starts_with $msg {
      value = "ERROR_"
    } as $coded
    text.istarts_with $msg {
      value = "error_fatal"
    } as $fatal
    text.ends_with $msg {
      value = "timeout"
    } as $timeout
    text.iends_with $msg {
      value = "TIMEOUT"
    } as $timeout_any_case
  }
  response = {
    missing_param: $missing_param,
    missing_var: $missing_var,
    coded: $coded,
    fatal: $fatal,
    timeout: $timeout || $timeout_any_case
  }
}
