tool "count_stuck_jobs" {
  description = "Calls the migration preview endpoint and queues a FUB people sync"
  instructions = "Use this to check whether FUB onboarding jobs are stuck in In Process."
  input {
  }
  stack {
    api.call "reset-stuck-fub-jobs" verb=POST {
      api_group = "Migration: V1 to V2"
      input = {execute: 0}
    } as $preview
    task.call "FUB - Daily Update People" as $queued
  }
  response = {stuck: $preview.stuck_found, queued: $queued}
}
