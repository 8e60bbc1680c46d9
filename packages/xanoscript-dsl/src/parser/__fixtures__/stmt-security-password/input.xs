function "Seeding/Create Demo Password" {
  input {
  }
  stack {
    security.create_password {
      character_count = 16
      require_lowercase = true
      require_uppercase = true
      require_digit = true
      require_symbol = false
      symbol_whitelist = ""
    } as $password
    security.random_number {
      min = 1000
      max = 9999
    } as $pin
    security.random_bytes {
      length = 16
    } as $salt
  }
  response = {password: $password, pin: $pin, salt: $salt|bin2hex}
}
