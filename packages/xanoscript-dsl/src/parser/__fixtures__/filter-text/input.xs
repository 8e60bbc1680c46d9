function "Utils/Text Filters" {
  input {
    text name
  }
  stack {
    var $values {
      value = {
        upper: $input.name|to_upper,
        lower: $input.name|to_lower,
        capitalized: $input.name|capitalize,
        length: $input.name|strlen,
        first_three: $input.name|substr:0:3,
        parts: $input.name|split:" ",
        replaced: $input.name|replace:"Team":"Group",
        position: $input.name|index:"a",
        has_team: $input.name|icontains:"team",
        starts: $input.name|starts_with:"The",
        ends: $input.name|ends_with:"Group",
        trimmed: $input.name|trim|ltrim:"-"|rtrim:".",
        plain: $input.name|strip_html|unaccent,
        padded: $input.name|sprintf:"%-20s"
      }
    }
  }
  response = $values
}
