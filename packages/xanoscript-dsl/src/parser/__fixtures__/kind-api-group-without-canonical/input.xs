api_group "Migration: V1 to V2" {
  description = "Endpoints of the V2 migration"
  tags = ["migration"]
}
