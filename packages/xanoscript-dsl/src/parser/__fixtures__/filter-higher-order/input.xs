function "Utils/Listing Stats" {
  input {
    json listings
  }
  stack {
    var $prices {
      value = $input.listings|map:$$.list_price
    }
    var $active {
      value = $input.listings|filter:($$.status == "active")
    }
    var $total {
      value = $prices|sum
    }
    var $average {
      value = $prices|avg
    }
    var $cheapest {
      value = $prices|array_min
    }
    var $priciest {
      value = $prices|array_max
    }
    var $index_of_first_sold {
      value = $input.listings|findIndex:($$.status == "sold")
    }
    var $by_id {
      value = $input.listings|index_by:"id"
    }
    var $sorted {
      value = $input.listings|sort:"list_price":"number":false
    }
  }
  response = {total: $total, average: $average, cheapest: $cheapest, priciest: $priciest}
}
