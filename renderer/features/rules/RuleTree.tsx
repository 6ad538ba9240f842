/** The browse tree of one rule set version; matches of the search are highlighted and opened. */
import { useMemo, useState } from 'react';
import { Tree, type TreeDataNode } from 'antd';
import type { RuleNode } from '../../../shared/schema/ruleSet';
import { RuleNodeContent } from './RuleNodeContent';
import { pathKey } from './ruleTreeEdit';

interface Props {
  nodes: RuleNode[];
  query: string;
  /** The nodes the search found (same objects as in `nodes`). */
  matches: Set<RuleNode>;
}

interface KeyedTree {
  data: TreeDataNode[];
  keyOf: Map<RuleNode, string>;
  nodeOf: Map<string, RuleNode>;
  parentKeys: string[];
}

function keyTree(nodes: RuleNode[]): KeyedTree {
  const keyOf = new Map<RuleNode, string>();
  const nodeOf = new Map<string, RuleNode>();
  const parentKeys: string[] = [];
  const build = (list: RuleNode[], path: number[]): TreeDataNode[] =>
    list.map((node, index) => {
      const key = pathKey([...path, index]);
      keyOf.set(node, key);
      nodeOf.set(key, node);
      if (node.children.length > 0) parentKeys.push(key);
      return { key, children: build(node.children, [...path, index]) };
    });
  return { data: build(nodes, []), keyOf, nodeOf, parentKeys };
}

/** '0.2.1' → ['0', '0.2']. */
function ancestorKeys(key: string): string[] {
  const parts = key.split('.');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('.'));
}

export function RuleTree({ nodes, query, matches }: Props) {
  const keyed = useMemo(() => keyTree(nodes), [nodes]);
  const [manualKeys, setManualKeys] = useState<string[] | null>(null);
  const [lastSearch, setLastSearch] = useState({ nodes, matches });

  // A new search (or another version) opens the matches' ancestors again, or everything when not searching.
  if (lastSearch.nodes !== nodes || lastSearch.matches !== matches) {
    setLastSearch({ nodes, matches });
    setManualKeys(null);
  }
  const searchKeys = useMemo(() => {
    if (matches.size === 0) return keyed.parentKeys;
    const keys = new Set<string>();
    for (const node of matches) for (const key of ancestorKeys(keyed.keyOf.get(node) ?? '')) keys.add(key);
    return [...keys];
  }, [keyed, matches]);

  return (
    <div data-testid="rule-tree">
      <Tree
        blockNode
        selectable={false}
        treeData={keyed.data}
        expandedKeys={manualKeys ?? searchKeys}
        onExpand={(keys) => setManualKeys(keys.map(String))}
        titleRender={(item) => {
          const node = keyed.nodeOf.get(String(item.key));
          return node ? <RuleNodeContent node={node} query={matches.has(node) ? query : ''} isMatch={matches.has(node)} /> : null;
        }}
      />
    </div>
  );
}
