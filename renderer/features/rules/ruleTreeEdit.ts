/** Pure edits of an imported tree before it is saved: nodes are addressed by their index path. */
import type { RuleNode } from '../../../shared/schema/ruleSet';
import { nodeAddressPart } from './ruleSetFormat';

export type NodePath = number[];

export interface FlatNode {
  node: RuleNode;
  path: NodePath;
  depth: number;
  /** 'Điều 3 · Không nên làm 2'; a chapter is named only on its own row. */
  label: string;
}

/** Every node in document order with its path and readable address. */
export function flattenTree(tree: RuleNode[]): FlatNode[] {
  const out: FlatNode[] = [];
  const walk = (nodes: RuleNode[], path: NodePath, parts: string[], parent: RuleNode | undefined) => {
    nodes.forEach((node, index) => {
      const part = nodeAddressPart(node, parent);
      // 'Không nên làm' + item 2 reads 'Không nên làm 2', as in formatRuleRef.
      const isListItem = node.kind === 'item' && (parent?.kind === 'shouldList' || parent?.kind === 'shouldNotList');
      const ownParts = node.kind === 'chapter' ? [] : [...(isListItem ? parts.slice(0, -1) : parts), part];
      out.push({ node, path: [...path, index], depth: path.length, label: node.kind === 'chapter' ? part : ownParts.join(' · ') });
      walk(node.children, [...path, index], ownParts, node);
    });
  };
  walk(tree, [], [], undefined);
  return out;
}

function mapAt(tree: RuleNode[], path: NodePath, change: (siblings: RuleNode[], index: number) => RuleNode[]): RuleNode[] {
  const [index, ...rest] = path;
  if (index === undefined) return tree;
  if (rest.length === 0) return change(tree, index);
  return tree.map((node, i) => (i === index ? { ...node, children: mapAt(node.children, rest, change) } : node));
}

export type NodePatch = Partial<Pick<RuleNode, 'number' | 'title' | 'text'>>;

export function updateNode(tree: RuleNode[], path: NodePath, patch: NodePatch): RuleNode[] {
  return mapAt(tree, path, (siblings, index) => siblings.map((node, i) => (i === index ? { ...node, ...patch } : node)));
}

export function removeNode(tree: RuleNode[], path: NodePath): RuleNode[] {
  return mapAt(tree, path, (siblings, index) => siblings.filter((_, i) => i !== index));
}

function withVerified(node: RuleNode, verified: boolean): RuleNode {
  return { ...node, verified, children: node.children.map((child) => withVerified(child, verified)) };
}

/** Marks a node and everything inside it as checked (or not) against the official text. */
export function setVerified(tree: RuleNode[], path: NodePath, verified: boolean): RuleNode[] {
  return mapAt(tree, path, (siblings, index) => siblings.map((node, i) => (i === index ? withVerified(node, verified) : node)));
}

export function setAllVerified(tree: RuleNode[], verified: boolean): RuleNode[] {
  return tree.map((node) => withVerified(node, verified));
}

export function pathKey(path: NodePath): string {
  return path.join('.');
}
