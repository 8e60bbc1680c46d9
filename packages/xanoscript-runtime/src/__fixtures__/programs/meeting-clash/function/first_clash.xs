// The first two meetings (by start) that overlap, or null when one person can attend them all.
// The input is an object list without a schema: its block holds only a description.
function "first_clash" {
  input {
    object[] meetings {
      description = "Meetings as {start, end} objects"
    }
  }
  stack {
    var $sorted { value = $input.meetings|sort:start:int:false }
    var $clash { value = null }
    for (($sorted|count) - 1) {
      each as $i {
        conditional {
          if ($clash == null && $sorted[$i + 1].start < $sorted[$i].end) {
            var.update $clash { value = [$sorted[$i].start, $sorted[$i + 1].start] }
          }
        }
      }
    }
  }
  response = {can_attend_all: $clash == null, clash: $clash}
}
