table "embedding_item" {
  auth = false
  schema {
    int id
    timestamp created_at?=now {
      visibility = "private"
    }
    password? secret {
      visibility = "internal"
    }
    vector embedding {
      description = "768-dimension embedding"
      size = 768
    }
  }
}
