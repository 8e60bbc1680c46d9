function   "Utils/Spacing"   {
  input {
    int   page?=1
  }
  stack {
    var    $x {
      value    =    $input.page+1
    }
    var $o {
      value = { a : 1 ,b:2 }
    }
    var $l {
      value = [ 1,2 , 3 ]
    }
    conditional {
      if($x==2) {
        var.update $x {
          value=$x|add:1
        }
      }
    }
  }
  response=$x
}
