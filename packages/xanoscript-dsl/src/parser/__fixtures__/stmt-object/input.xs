function "Utils/Flatten Table Counts" {
  input {
    json table_counts
  }
  stack {
    object.keys {
      value = $input.table_counts
    } as $groups
    object.values {
      value = $input.table_counts
    } as $group_values
    object.entries {
      value = $input.table_counts|get:"core_tables":({})
    } as $core_entries
  }
  response = {groups: $groups, group_values: $group_values, core: $core_entries}
}
