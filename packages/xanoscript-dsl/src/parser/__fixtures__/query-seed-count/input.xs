query "seed/{table}/count" verb=GET {
  api_group = "MCP: Seeding"
  input {
    enum table {
      values = ["user", "transaction", "team"]
    }
  }
  stack {
    switch ($input.table) {
      case ("user") {
        db.query "user" {
          return = {type: "count"}
        } as $count
      } break
      case ("transaction") {
        db.query "transaction" {
          return = {type: "count"}
        } as $count
      } break
      default {
        db.query "team" {
          return = {type: "count"}
        } as $count
      }
    }
  }
  response = {table: $input.table, count: $count}
}
