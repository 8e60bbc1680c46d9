// Valid documents of the kinds beyond functions, endpoints, tables and tasks: triggers of every
// kind, their parents, and the workspace settings document.
const trigger = (keyword: string, name: string, parent: string, actions: string, inputs: string[], response = true) =>
  `${keyword} "${name}" {\n${parent}  actions = ${actions}\n  input {\n${inputs.map((i) => `    ${i}\n`).join('')}  }\n  stack {\n    var $x {\n      value = 1\n    }\n  }\n${response ? '  response = $x\n' : ''}}\n`;

export const kx = {
  tableTrigger: (name: string, table: string, value = '1') =>
    trigger('table_trigger', name, `  table = "${table}"\n`, '{insert: true, update: true}', ['json new', 'json old', 'text datasource'], false).replace('value = 1', `value = ${value}`),
  workspaceTrigger: (name: string) => trigger('workspace_trigger', name, '', '{branch_live: true}', ['json to_branch', 'json from_branch'], false),
  agent: (name: string) => `agent "${name}" {\n  canonical = "${name.toLowerCase()}"\n  llm = {type: "xano-free", system_prompt: "hi", max_steps: 5}\n}\n`,
  agentTrigger: (name: string, agent: string) => trigger('agent_trigger', name, `  agent = "${agent}"\n`, '{connection: true}', ['json toolset', 'json tools']),
  mcpServer: (name: string) => `mcp_server "${name}" {\n  canonical = "${name.toLowerCase()}"\n  tools = []\n}\n`,
  mcpTrigger: (name: string, server: string) => trigger('mcp_server_trigger', name, `  mcp_server = "${server}"\n`, '{connection: true}', ['json toolset', 'json tools']),
  channel: (name: string) => `realtime_channel "${name}" {\n  active = true\n}\n`,
  realtimeTrigger: (name: string, channel: string) => trigger('realtime_trigger', name, `  channel = "${channel}"\n`, '{join: true}', ['json payload']),
  workspace: (name: string, extra = '') => `workspace "${name}" {\n  description = "settings"\n${extra}}\n`,
  /** A table with records (`items`), pushed only with `records=true`. */
  tableWithItems: (name: string, rows: string) => `table "${name}" {\n  auth = false\n  schema {\n    int id\n    text name\n  }\n  items = [${rows}]\n}\n`,
};
