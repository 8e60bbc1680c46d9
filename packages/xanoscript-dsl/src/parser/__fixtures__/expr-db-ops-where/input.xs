function "Workers/FUB - Segment People" {
  input {
    int user_id
    text[] stages
    text? tag?
    text? name_prefix?
  }
  stack {
    db.query "fub_people" {
      where = ($db.fub_people.user_id == $input.user_id) && ($db.fub_people.stage_name in $input.stages) && ($db.fub_people.tags includes? $input.tag) && ($db.fub_people.last_name ilike? $input.name_prefix)
      return = {type: "list"}
    } as $segment
    db.query "fub_people" {
      where = ($db.fub_people.user_id == $input.user_id) && ($db.fub_people.stage_name not in ["Trash", "Archived"]) && ($db.fub_people.source not like "%import%")
      return = {type: "count"}
    } as $active_count
    db.query "fub_people" {
      where = ($db.fub_people.tags contains "buyer") || ($db.fub_people.tags overlaps ["seller", "investor"]) || ($db.fub_people.tags @> ["vip"])
      return = {type: "count"}
    } as $tagged_count
    db.query "fub_people" {
      where = ($db.fub_people.email !~ "@example\.com$") && ($db.fub_people.assigned_to !=? $input.tag) && ($db.fub_people.created_at >=? $input.name_prefix)
      return = {type: "count"}
    } as $real_count
  }
  response = {
    segment: $segment,
    active: $active_count,
    tagged: $tagged_count,
    real: $real_count
  }
}
