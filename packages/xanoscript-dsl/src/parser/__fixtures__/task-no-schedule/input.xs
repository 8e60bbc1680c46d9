task "Seeding - Demo Dataset" {
  description = "Run by hand to seed demo data"
  active = false
  tags = ["seeding"]
  stack {
    function.run "Seeding/Demo Dataset" as $seeded
  }
}
