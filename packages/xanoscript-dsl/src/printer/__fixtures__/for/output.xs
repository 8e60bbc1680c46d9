function "Workers/SkySlope - Plan Pages" {
  input {
    int total_listings
    int per_page?=100
  }
  stack {
    var $pages {
      value = ($input.total_listings / $input.per_page)|ceil
    }
    var $offsets {
      value = []
    }
    for ($pages) {
      each as $page_index {
        var.update $offsets {
          value = $offsets|push:($page_index * $input.per_page)
        }
      }
    }
    for (3) {
      each as $attempt {
        debug.log {
          value = $attempt
        }
      }
    }
  }
  response = $offsets
}
