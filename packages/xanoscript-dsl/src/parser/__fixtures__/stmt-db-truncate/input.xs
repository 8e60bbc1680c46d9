function "Seeding/Clear Staging" {
  input {
  }
  stack {
    db.truncate "stage_csv_import" {
      reset = true
    }
    db.truncate "stage_appointments_fub_onboarding"
  }
  response = true
}
