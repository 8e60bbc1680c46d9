api_group "authentication" {
  canonical = "aUtH0002"
  guid = "Xc1Vb2Nm3Lk4Jh5Gf6Ds7Aq8Wz9e"
}