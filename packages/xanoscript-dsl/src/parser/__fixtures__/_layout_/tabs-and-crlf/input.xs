function "Utils/Tabs" {
	input {
		int a
	}
	stack {
		var $x {
			value = $input.a
		}
	}
	response = $x
}
