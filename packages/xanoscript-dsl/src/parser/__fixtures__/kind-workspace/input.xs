workspace "agentdashboards-v2" {
  description = "V2 real-estate data platform"
  env = {
    REZEN_BASE_URL: "https://api.rezen.example.com",
    FUB_BASE_URL: "https://api.fub.example.com"
  }
  acceptance = {ai_terms: true}
  preferences = {
    internal_docs: true,
    sql_columns: true,
    sql_names: false,
    track_performance: true
  }
  realtime = {canonical: "agentdashboards-v2"}
}
