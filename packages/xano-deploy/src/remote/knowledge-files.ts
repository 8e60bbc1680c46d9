// The knowledge files the official CLI's `workspace pull` writes beside the .xs tree (xano-inc/cli 1.2,
// src/utils/knowledge-sync.ts; docs/layout.md "Knowledge"): `knowledge/agents.md`,
// `knowledge/docs/<name>.md`, `knowledge/skills/<name>/SKILL.md` and each skill's `references/` files,
// a primary file being YAML front matter then the markdown body.
import { cliSnakeCase } from '@xac/xanoscript-dsl/ast';
import yaml from 'js-yaml';
import type { KnowledgeObject } from '../client/knowledge.js';

export interface KnowledgeFile {
  /** Relative to the pull folder, `/`-separated. */
  readonly path: string;
  readonly content: string;
}

/** Front-matter keys in the order the CLI writes them. */
const ORDER = ['name', 'description', 'knowledge_type', 'scope', 'inclusion', 'enabled', 'guid'] as const;

/** The Meta API's `mode` as the `inclusion` the Xano UI (and the CLI's files) show. */
const INCLUSION: Readonly<Record<string, string>> = { always: 'always', auto: 'on demand', referenced: 'manual' };

/** One snake_case name per object; a second object of the same name gets `_2`, `_3`, …. */
function nameResolver(): (name: string) => string {
  const taken = new Set<string>();
  return (name) => {
    const base = cliSnakeCase(name) || 'untitled';
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}_${n}`;
    taken.add(candidate);
    return candidate;
  };
}

function frontMatter(o: KnowledgeObject): string {
  const meta: Record<string, unknown> = {
    name: o.name,
    ...(o.description !== undefined ? { description: o.description } : {}),
    knowledge_type: o.knowledge_type,
    ...(o.scope !== undefined ? { scope: o.scope } : {}),
    ...(o.mode !== undefined ? { inclusion: o.mode === null ? null : (INCLUSION[o.mode] ?? o.mode) } : {}),
    ...(o.enabled !== undefined ? { enabled: o.enabled } : {}),
    ...(o.guid !== undefined ? { guid: o.guid } : {}),
  };
  const ordered = Object.fromEntries(ORDER.filter((k) => k in meta).map((k) => [k, meta[k]]));
  return `---\n${yaml.dump(ordered, { lineWidth: -1 }).trimEnd()}\n---\n${o.content ?? ''}`;
}

/**
 * The files for a branch's knowledge, in the order the CLI writes them.
 * @example knowledgeFiles([{name: 'Runbook', knowledge_type: 'doc', content: '# Steps'}])[0].path // 'knowledge/docs/runbook.md'
 */
export function knowledgeFiles(objects: readonly KnowledgeObject[]): KnowledgeFile[] {
  const doc = nameResolver();
  const skill = nameResolver();
  const out: KnowledgeFile[] = [];
  for (const o of objects) {
    const primary = o.knowledge_type === 'agents.md' ? 'agents.md' : o.knowledge_type === 'doc' ? `docs/${doc(o.name)}.md` : `skills/${skill(o.name)}/SKILL.md`;
    out.push({ path: `knowledge/${primary}`, content: frontMatter(o) });
    if (o.knowledge_type !== 'skill') continue;
    const refs = `knowledge/${primary.slice(0, primary.lastIndexOf('/'))}/references`;
    for (const f of o.files ?? []) out.push({ path: `${refs}/${f.name}`, content: f.content });
  }
  return out;
}
