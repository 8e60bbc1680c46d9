function "Utils/Candidate Summary" {
  input {
    int id
    text document_id
  }
  stack {
  }
  response = {
    candidate: ```
      {
        id         : $input.id
        document_id: $input.document_id
      }
      ```
  }
}
