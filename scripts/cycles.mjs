// `node scripts/cycles.mjs`: fails when the packages' source has an import cycle, and names each
// one. Part of `pnpm test` (its "cycles" step).
//
// What counts as an import: `import … from`, `import type … from`, `export … from` (type-only
// too), a bare `import './x'` and `import x = require('./x')`. What does not: `import('./x')`
// (a lazy chunk, loaded after both modules have run) and the type `typeof import('./x')` that
// describes one. Imports are resolved as the workspace's TypeScript resolves them (the
// `@account-center/source` condition, so `@account-center/client` is that package's `src`), and a
// cycle may cross packages. Scope: `packages/*/src`, without tests, type tests, stories and
// `test-utils`, as the build excludes them.
//
// It prints every elementary cycle (`a.ts → b.ts → a.ts`, with `(type)` before a file reached only
// through type-only imports), so that breaking one does not hide another.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const NOT_SOURCE = /\.(test|test-d|stories)\.[cm]?tsx?$/;
const SOURCE = /\.[cm]?tsx?$/;

/** The non-test `.ts`/`.tsx` files under `dir`, skipping `test-utils` folders. */
export function sourceFiles(dir) {
  const files = [];
  const walk = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'test-utils' && entry.name !== 'node_modules') walk(full);
      } else if (SOURCE.test(entry.name) && !NOT_SOURCE.test(entry.name)) {
        files.push(resolve(full));
      }
    }
  };
  walk(dir);
  return files.sort();
}

/**
 * The static imports of one file: `{ specifier, typeOnly }` for each import or re-export
 * declaration. Dynamic `import()` and `typeof import()` are not declarations, so they are not here.
 */
export function staticImports(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const imports = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const typeOnly = Boolean(
        clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly))),
      );
      imports.push({ specifier: statement.moduleSpecifier.text, typeOnly });
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const clause = statement.exportClause;
      const typeOnly =
        statement.isTypeOnly ||
        Boolean(
          clause &&
          ts.isNamedExports(clause) &&
          clause.elements.length > 0 &&
          clause.elements.every((element) => element.isTypeOnly),
        );
      imports.push({ specifier: statement.moduleSpecifier.text, typeOnly });
    } else if (
      ts.isImportEqualsDeclaration(statement) &&
      ts.isExternalModuleReference(statement.moduleReference) &&
      ts.isStringLiteral(statement.moduleReference.expression)
    ) {
      imports.push({
        specifier: statement.moduleReference.expression.text,
        typeOnly: statement.isTypeOnly,
      });
    }
  }
  return imports;
}

/**
 * The import graph of `files`: for each file, the files among them it imports, and whether every
 * import of that file is type-only.
 */
export function importGraph(files, compilerOptions) {
  const known = new Set(files);
  const host = ts.createCompilerHost(compilerOptions);
  const cache = ts.createModuleResolutionCache(process.cwd(), (name) => name, compilerOptions);
  /** @type {Map<string, Map<string, boolean>>} file → (imported file → type-only) */
  const graph = new Map();
  let edges = 0;
  for (const file of files) {
    const targets = new Map();
    for (const { specifier, typeOnly } of staticImports(file, readFileSync(file, 'utf8'))) {
      const { resolvedModule } = ts.resolveModuleName(
        specifier,
        file,
        compilerOptions,
        host,
        cache,
      );
      const target = resolvedModule && resolve(resolvedModule.resolvedFileName);
      if (!target || !known.has(target)) continue;
      targets.set(target, (targets.get(target) ?? true) && typeOnly);
    }
    edges += targets.size;
    graph.set(file, targets);
  }
  return { graph, edges };
}

/** Tarjan's strongly connected components, each with more than one member or a self-import. */
function cyclicGroups(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || graph.get(node)?.has(node)) groups.push(group.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups;
}

/**
 * The elementary cycles of one group (each closed path once, starting at its smallest file), at
 * most `limit` of them, shortest first.
 */
function elementaryCycles(graph, group, limit) {
  const order = new Map(group.map((file, at) => [file, at]));
  const cycles = [];
  let truncated = false;
  for (const start of group) {
    // Paths from `start` through files that sort after it: each cycle is found once, from its
    // smallest file.
    const path = [start];
    const onPath = new Set(path);
    const walk = (node) => {
      for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
        if (truncated) return;
        if (next === start) {
          if (cycles.length === limit) truncated = true;
          else cycles.push([...path, start]);
        } else if (order.has(next) && order.get(next) > order.get(start) && !onPath.has(next)) {
          path.push(next);
          onPath.add(next);
          walk(next);
          path.pop();
          onPath.delete(next);
        }
      }
    };
    walk(start);
  }
  cycles.sort((a, b) => a.length - b.length || a.join('\0').localeCompare(b.join('\0')));
  return { cycles, truncated };
}

/**
 * The cycles among `files`: `groups` (each a sorted list of files that import each other, directly
 * or not) and `cycles`, every elementary cycle in them (at most `limit` per group, then
 * `truncated`), each `{ cycle, typeOnly }` where `cycle` is a closed path (first file repeated at
 * the end) and `typeOnly[i]` tells whether the edge cycle[i] → cycle[i+1] is type-only.
 */
export function findCycles(files, compilerOptions, { limit = 20 } = {}) {
  const { graph, edges } = importGraph(files, compilerOptions);
  const groups = cyclicGroups(graph);
  let truncated = false;
  const cycles = groups.flatMap((group) => {
    const found = elementaryCycles(graph, group, limit);
    truncated ||= found.truncated;
    return found.cycles.map((cycle) => ({
      cycle,
      typeOnly: cycle.slice(0, -1).map((from, at) => graph.get(from).get(cycle[at + 1])),
    }));
  });
  return { cycles, groups, truncated, files: files.length, edges };
}

/** One line per cycle, with paths relative to `root`. */
export function describeCycle({ cycle, typeOnly }, root) {
  const name = (file) => relative(root, file).split(sep).join('/');
  let line = name(cycle[0]);
  for (let at = 1; at < cycle.length; at += 1) {
    line += ` → ${typeOnly[at - 1] ? '(type) ' : ''}${name(cycle[at])}`;
  }
  return line;
}

/** The compiler options the workspace type-checks with (`tsconfig.base.json`). */
export function workspaceCompilerOptions(root) {
  const configFile = join(root, 'tsconfig.base.json');
  const { config, error } = ts.readConfigFile(configFile, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return ts.convertCompilerOptionsFromJson(config.compilerOptions, root).options;
}

/**
 * Checks the `src` folder of each package under `<root>/packages` with `<root>/tsconfig.base.json`: `{ ok, lines }`, the lines to
 * print (one per cycle when there are any).
 */
export function checkCycles(root) {
  const packages = join(root, 'packages');
  const files = readdirSync(packages, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packages, entry.name, 'src')))
    .flatMap((entry) => sourceFiles(join(packages, entry.name, 'src')));
  const { cycles, groups, truncated, edges } = findCycles(files, workspaceCompilerOptions(root));
  if (cycles.length === 0) {
    return {
      ok: true,
      lines: [
        `✔ no import cycles in packages/*/src (${files.length} files, ${edges} import edges)`,
      ],
    };
  }
  const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const inCycles = groups.reduce((sum, group) => sum + group.length, 0);
  return {
    ok: false,
    lines: [
      `✘ ${count(cycles.length, 'import cycle')}${truncated ? ' (and more)' : ''} among ${count(inCycles, 'file')} in packages/*/src (static and type-only imports count, import() does not; "(type)" marks a type-only edge):`,
      ...cycles.map((cycle) => `  ${describeCycle(cycle, root)}`),
      'Break each one: move what both sides need into a leaf module that imports neither.',
    ],
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { ok, lines } = checkCycles(resolve(fileURLToPath(new URL('..', import.meta.url))));
  for (const line of lines) console.log(line);
  if (!ok) process.exitCode = 1;
}
