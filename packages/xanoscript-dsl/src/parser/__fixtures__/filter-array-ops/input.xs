function "Utils/Array Filters" {
  input {
    int[] ids
  }
  stack {
    var $values {
      value = {
        first: $input.ids|first,
        last: $input.ids|last,
        count: $input.ids|count,
        reversed: $input.ids|reverse,
        page: $input.ids|slice:0:25,
        pushed: $input.ids|push:0,
        prepended: $input.ids|unshift:0,
        removed: $input.ids|remove:0,
        joined: $input.ids|join:",",
        flat: [$input.ids, [1, 2]]|flatten,
        shuffled: $input.ids|shuffle,
        chunks: $input.ids|count|range:1
      }
    }
  }
  response = $values
}
