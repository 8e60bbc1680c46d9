api_group "Authentication" {
  canonical = "aUtH0001"
  guid = "Qw1Er2Ty3Ui4Op5As6Df7Gh8Jk9z"
}