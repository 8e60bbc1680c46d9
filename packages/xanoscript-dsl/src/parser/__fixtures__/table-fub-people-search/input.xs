table "fub_people" {
  description = "People imported from Follow Up Boss"
  tags = ["fub"]
  schema {
    int id
    int fub_people_id
    text first_name?
    text last_name?
    email[] emails?
    text? stage_name?
    text? source?
    text[] tags?
    vector? name_embedding?
    int user_id {
      table = "user"
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "fub_people_id", op: "asc"}]}
    {
      type: "search",
      name: "people_search",
      field: [
        {name: "first_name", op: "A"}
        {name: "last_name", op: "A"}
        {name: "source", op: "C"}
      ]
    }
    {type: "vector", field: [{name: "name_embedding", op: "vector_cosine_ops"}]}
  ]
}
