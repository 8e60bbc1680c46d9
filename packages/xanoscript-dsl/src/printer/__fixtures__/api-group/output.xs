api_group "Transactions Sync" {
  canonical = "tXn_Sync9"
  description = "reZEN and SkySlope transaction sync endpoints."
  active = true
  tags = ["rezen", "skyslope", "sync"]
}
