function "Workers/FUB - Drain People Pages" {
  input {
    int max_pages?=20
  }
  stack {
    var $page {
      value = 0
    }
    var $imported {
      value = 0
    }
    while ($page < $input.max_pages) {
      each {
        var.update $page {
          value = $page + 1
        }
        conditional {
          if ($page == 13) {
            continue
          }
        }
        function.run "Workers/FUB - Import People Page" {
          input = {page: $page}
        } as $batch
        var.update $imported {
          value = $imported + ($batch|get:"imported":0)
        }
        conditional {
          if (($batch|get:"has_more":false) == false) {
            break
          }
        }
      }
    }
  }
  response = {pages: $page, imported: $imported}
}
