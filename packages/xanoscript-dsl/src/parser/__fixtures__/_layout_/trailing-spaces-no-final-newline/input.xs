function "Utils/Ws" {   
  input {  
  }
  stack {
  }
  response = true   
}