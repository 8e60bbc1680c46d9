import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Project } from 'ts-morph';
import { afterAll, describe, expect, it } from 'vitest';
import type { Document } from '../ast/nodes/decls.js';
import { asDefinition } from '../dsl/objects.js';
import { commentText } from '../dsl/comment-text.js';
import { parse } from '../parser/parse.js';
import { print } from '../printer/print.js';
import { generateModules, type ImportedModule } from './import.js';

// One small workspace per construct class that import used to leave raw (__fixtures__/import-classes/
// <class>/, our own XanoScript written from the docs): every object must import without a `raw.*`
// escape hatch, type-check as generated (no value the types reject) and build back to the canonical
// print of its original, byte for byte.

const fixtures = join(import.meta.dirname, '__fixtures__', 'import-classes');
const tmp = join(import.meta.dirname, '..', '..', '.test-tmp', `import-classes-${process.pid}`);
const dslEntry = join(import.meta.dirname, '..', 'dsl', 'index.ts');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Imported {
  readonly docs: readonly Document[];
  readonly modules: readonly ImportedModule[];
  readonly dir: string;
}

function importClass(name: string): Imported {
  const dir = join(fixtures, name);
  const docs = readdirSync(dir).sort().map((f) => {
    const r = parse(readFileSync(join(dir, f), 'utf8'), { path: f });
    expect(r.diagnostics, f).toEqual([]);
    return r.ast!;
  });
  const modules = generateModules(docs.map((doc, i) => ({ path: `${name}/${i}.xs`, doc })));
  const out = join(tmp, name);
  for (const m of modules) {
    mkdirSync(dirname(join(out, m.file)), { recursive: true });
    writeFileSync(join(out, m.file), m.code.replace("'@xac/xanoscript-dsl/dsl'", JSON.stringify(dslEntry)));
  }
  return { docs, modules, dir: out };
}

/** One compiler project for every class (its program is reused, so each later check is quick). */
let project: Project | undefined;

/** The type errors of the generated modules (none: every value is one the types accept). */
function typeErrors(imp: Imported): string[] {
  project ??= new Project({
    compilerOptions: { strict: true, target: 9, module: 199, moduleResolution: 99, skipLibCheck: true, noEmit: true, allowImportingTsExtensions: true, noUncheckedIndexedAccess: true, types: ['node'] },
    skipAddingFilesFromTsConfig: true,
  });
  const files = imp.modules.map((m) => project!.addSourceFileAtPath(join(imp.dir, m.file)));
  return files.flatMap((f) => f.getPreEmitDiagnostics()).map((d) => `${d.getSourceFile()?.getBaseName()}:${d.getLineNumber()}: ${String(typeof d.getMessageText() === 'string' ? d.getMessageText() : (d.getMessageText() as { getMessageText(): string }).getMessageText())}`);
}

async function buildsBack(imp: Imported): Promise<void> {
  for (const [i, m] of imp.modules.entries()) {
    const mod = (await import(pathToFileURL(join(imp.dir, m.file)).href)) as Record<string, unknown>;
    const def = Object.values(mod).map(asDefinition).find((d) => d !== undefined);
    expect(def, m.file).toBeDefined();
    const comments = (def!.comments ?? []).map((text) => ({ kind: 'Comment' as const, text: commentText(text) }));
    expect(print({ kind: 'Document', comments, object: def!.toDecl() } as Document), m.file).toBe(print(imp.docs[i]!));
  }
}

const hatches = (imp: Imported) => imp.modules.flatMap((m) => m.escapes.filter((e) => !e.startsWith('unsafe(')).map((e) => `${m.file}: ${e}`));

describe('import of construct classes', () => {
  it('dblink inputs: t.dblink(table, { override }) gives the linked columns as typed inputs', async () => {
    const imp = importClass('dblink');
    expect(hatches(imp)).toEqual([]);
    const post = imp.modules.find((m) => m.file.endsWith('member_POST.ts'))!.code;
    expect(post).toContain('t.dblink(member, { override: { secret: { "hidden": true }, id: { "hidden": true } } })');
    // A read of an input the link does not give (hidden, or a column the table no longer has) stays visible.
    expect(post).toContain('unsafe(s.input, "nickname", "input nickname is not declared');
    expect(typeErrors(imp)).toEqual([]);
    await buildsBack(imp);
  });

  it('filter forms: a disabled filter is op.disabled, a filter chain bare before an operator is op.bare; a disabled group; integer-like object keys keep their order', async () => {
    const imp = importClass('filter-forms');
    expect(hatches(imp)).toEqual([]);
    const code = imp.modules[0]!.code;
    expect(code).toContain('op.disabled(val({}).set("name", s.input.name), (v) => v.set("nickname", s.input.nickname)).set("email", s.input.email)');
    expect(code).toContain('op.bare(s.input.tags.count()).eq(0)');
    expect(code).toContain('op.disabled(s.input.name, (v) => v.trim()).toUpper()');
    expect(code).toContain('op.object([["69", s.input.name], ["1", s.input.email], ["x", 0]])');
    expect(code).toContain('s.with({ disabled: true }, (s) => s.group("old tagging, kept for reference"');
    expect(typeErrors(imp)).toEqual([]);
    await buildsBack(imp);
  });

  it('context values and callback filters: $$ is op.element(), $output in an addon op.output(), $env paths op.envPath(); pick, map, filter and the other filters of the table are typed methods', async () => {
    const imp = importClass('context-values');
    expect(hatches(imp)).toEqual([]);
    const orders = imp.modules.find((m) => m.file.endsWith('orders_GET.ts'))!.code;
    expect(orders).toContain('input: { customer_id: op.output("customer_id") }');
    expect(orders).toContain('sort: { "order.total": "desc" }');
    expect(orders).toContain('input: { tag_id: op.output("$this") }');
    expect(orders).toContain('op.envPath("$http_headers", { index: "X-Client" })');
    expect(orders).toContain('op.envPath("workspace", "region")');
    expect(orders).toContain('s.with({ description: "Today\'s exchange rates", mock: { "lists orders with rates": { response: { status: 200, result: { usd: 1 } } } } }, (s) => s.request({ url: "https://rates.example.com/v1/latest"');
    const sum = imp.modules.find((m) => m.file.endsWith('summarize.ts'))!.code;
    expect(sum).toContain('items.filter(op.element("paid").eq(true))');
    expect(sum).toContain('paid.map(op.element("amount"))');
    expect(sum).toContain('s.input.pick(s.input.raw.keys())');
    expect(sum).toContain('.hmacSha256("key", true)');
    const trigger = imp.modules.find((m) => m.file.endsWith('flag_big_order.ts'))!.code;
    expect(trigger).toContain('where: op.dbColumn("NEW", "total").gt(1000)');
    expect(sum).toContain('val("/[0-9]+/").regexGetAllMatches(s.input.secret)');
    expect(typeErrors(imp)).toEqual([]);
    await buildsBack(imp);
  });

  it('workspace forms: search index language and a saved view, db.transaction, $auth paths, switched-off entries, ranges, the rest of the filter table; a variable never set, a function that runs itself, a variable set again inside blocks', async () => {
    const imp = importClass('workspace-forms');
    expect(hatches(imp)).toEqual([]);
    const code = (end: string) => imp.modules.find((m) => m.file.endsWith(end))!.code;
    const table = code('table/ticket.ts');
    expect(table).toContain('{ lang: "english", type: "search", field: [{ "name": "title", "op": "A" }, { "name": "body", "op": "B" }] }');
    expect(table).toContain('{ name: "by_closer", type: "btree", field: ["closed_by"] }');
    expect(table).toContain('view: { open: { search: op.dbPath("closed").eq(false), sort: { created_at: "desc" } } }');
    const close = code('tickets/close_POST.ts');
    expect(close).toContain('s.precondition(op.auth("extras", "is_admin").eq(true)');
    expect(close).toContain('s.db.transaction((s) => {\n    closed = s.db.edit(ticket, {');
    expect(close).toContain('debug: op.off(open)');
    expect(close).toContain('op.range(1, 3)');
    expect(close).toContain('unsafe(open.first(), "title", ".title read without a default on a computed value with no typed keys")');
    expect(close).toContain('s.input.note.firstNotNull("").ltrim("0").rtrim()');
    expect(close).toContain('val("https://help.example.com/t").urlAddarg("id", s.input.ticket_id)');
    for (const m of ['createUid()', 'toSeconds()', 'shuffle()', 'shift()', 'bitwiseNot()', 'yamlEncode()']) expect(close).toContain(`.${m}`);
    // A read of a variable nothing sets is an imported bug: kept, and marked.
    expect(close).toContain('total: unsafe.varRef("ticket_count", "$ticket_count is not set anywhere in this query")');
    // A recursive call names the function by text (its own binding would make its type circular).
    expect(code('fib.ts')).toContain('const a = s.run("fib", { n: s.input.n.sub(1) }, "a");');
    const reopen = code('reopen.ts');
    // A hoisted variable takes the new value (its keys are readable); a top-level const set again in
    // a block keeps its first value, so its keys are read through a marker.
    expect(reopen).toContain('found = s.db.add(ticket, { data: { title: "Follow-up" }, as: "found" });\n    follow_up = s.var("follow_up", found.id);');
    expect(reopen).toContain('unsafe(ticket_, "id", ".id on $ticket, set again inside a block, which has no typed keys');
    // Set again to a plain value, the hoisted variable's keys are no longer known.
    expect(reopen).toContain('found = s.var("found", null);\n    gone = s.var("gone", unsafe(found, "id",');
    expect(code('fib.ts')).toContain('history: 100,');
    const task = code('close_stale.ts');
    expect(task).toContain('history: "inherit",');
    expect(task).toContain('paging: { page: 1, per_page: 2, metadata: false }');
    // With metadata: false the page is the list of rows, so its items are typed rows.
    expect(task).toContain('field_value: v_t.id');
    expect(typeErrors(imp)).toEqual([]);
    await buildsBack(imp);
  });

  it('test blocks: .test(name, { input, datasource }, (s, response) => …) with s.expect.* and response.path()', async () => {
    const imp = importClass('test-blocks');
    expect(hatches(imp)).toEqual([]);
    expect(imp.modules.flatMap((m) => m.escapes)).toEqual([]);
    const quote = imp.modules.find((m) => m.file.endsWith('quote.ts'))!.code;
    expect(quote).toContain('.test("prices two units", { input: { sku: "A-1", quantity: 2, unit_price: 1.25 } }, (s, response) => {');
    expect(quote).toContain('s.expect.toEqual(response.path(["lines", { index: 0 }, "quantity"]), 2);');
    expect(quote).toContain('s.expect.toBeWithin(response.path("total"), { min: 2, max: 3 });');
    expect(quote).toContain('s.expect.toThrow({ exception: "quantity must be positive" });');
    expect(quote).toContain('{ input: { sku: "B-2", quantity: 1, unit_price: 3 }, datasource: "test" }');
    expect(quote).toContain('s.with({ disabled: true }, (s) => s.expect.toBeGreaterThan(response.path("total"), 10));');
    expect(typeErrors(imp)).toEqual([]);
    await buildsBack(imp);
  });
});
