function "Utils/Group Transactions" {
  input {
    json transactions
  }
  stack {
    array.map ($input.transactions) {
      by = $this.sale_price
    } as $prices
    array.group_by ($input.transactions) {
      by = $this.lifecycle_state
    } as $by_state
    array.partition ($input.transactions) if ($this.closed) as $split
    array.difference ($input.transactions) {
      value = []
      by = $this.id
    } as $diff
  }
  response = {prices: $prices, by_state: $by_state, split: $split, diff: $diff}
}
