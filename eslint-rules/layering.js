// The process boundaries of ../shared/design.md, enforced on every import:
//   shared/   pure: no Node, no Electron, no DOM framework, no main/ or renderer/ code;
//   renderer/ never imports main/ code, Node built-ins or Electron;
//   main/     never imports renderer/ code; only main/app and main/preload import 'electron'.
// Type-only imports cross any boundary: they vanish at run time.
import { builtinModules } from 'node:module';
import path from 'node:path';

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const SHARED_ALLOWED_PACKAGES = new Set(['zod']);
const RENDERER_FORBIDDEN_PACKAGES = new Set(['electron', 'better-sqlite3']);

function layerOf(relativePath) {
  const parts = relativePath.split('/');
  if (parts[0] === 'shared') return 'shared';
  if (parts[0] === 'renderer') return 'renderer';
  if (parts[0] === 'main') return parts[1] === 'app' || parts[1] === 'preload' ? 'main-electron' : 'main';
  return 'other';
}

function packageName(specifier) {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export function layeringViolation(importerRelativePath, specifier) {
  const from = layerOf(importerRelativePath);
  if (from === 'other') return null;
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(importerRelativePath), specifier));
    const to = layerOf(target);
    if (from === 'shared' && to !== 'shared') return `shared/ must stay pure; it cannot import ${target}`;
    if (from === 'renderer' && to.startsWith('main')) return `renderer/ cannot import main-process code (${target})`;
    if (from.startsWith('main') && to === 'renderer') return `main/ cannot import renderer code (${target})`;
    return null;
  }
  const pkg = packageName(specifier);
  if (from === 'shared' && !SHARED_ALLOWED_PACKAGES.has(pkg)) {
    return `shared/ must stay pure; '${pkg}' is not on its allow-list (${[...SHARED_ALLOWED_PACKAGES].join(', ')})`;
  }
  if (from === 'renderer' && (NODE_BUILTINS.has(pkg) || RENDERER_FORBIDDEN_PACKAGES.has(pkg))) {
    return `renderer/ runs in a sandboxed page; it cannot import '${pkg}'`;
  }
  if (from === 'main' && pkg === 'electron') {
    return "only main/app and main/preload may import 'electron'; keep services testable without it";
  }
  return null;
}

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  if (node.type === 'ImportDeclaration' && node.specifiers.length > 0) {
    return node.specifiers.every((s) => s.importKind === 'type');
  }
  return false;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the shared/main/renderer process boundaries' },
    schema: [],
    messages: { violation: '{{message}}' },
  },
  create(context) {
    const root = context.cwd;
    const importer = path.relative(root, context.filename).split(path.sep).join('/');
    function check(node, source) {
      if (!source || typeof source.value !== 'string' || isTypeOnly(node)) return;
      const message = layeringViolation(importer, source.value);
      if (message) context.report({ node: source, messageId: 'violation', data: { message } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node, node.arguments[0]);
        }
      },
    };
  },
};
