table "user" {
  auth = true
  schema {
    int id
    email email
  }
  guid = "Qm9Y7wT2s0aKfR1nU8eLhX3cZ5vB"
}