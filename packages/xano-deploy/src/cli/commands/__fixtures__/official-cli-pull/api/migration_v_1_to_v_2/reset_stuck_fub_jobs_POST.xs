query "reset-stuck-fub-jobs" verb=POST {
  api_group = "Migration: V1 to V2"
  input {
    int execute?=0
  }
  stack {
  }
  response = {success: true}
  guid = "Rf1Tg2Yh3Uj4Ik5Ol6Pz7Xc8Vb9n"
}