function "Utils/Validated Contact" {
  input {
    text first_name filters=trim|max:80
    text last_name filters=trim|min:1|max:80
    email email filters=trim|lower
    text state_code filters=trim|upper|min:2|max:2
    text zip filters=trim|pattern:"^\d{5}$"
    text phone?="" filters=digitOk|max:15
    int age?=0 filters=min:18|max:120
    decimal commission_split?=0 filters=min:0|max:100
    password password filters=min:12|minAlpha:1|minDigit:1|minSymbol:1
    text note? filters=!trim|max:2000
  }
  stack {
  }
  response = $input
}
