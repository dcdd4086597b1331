import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';

export interface AxNode {
  role: string;
  name: string;
  expanded?: boolean;
  focused?: boolean;
  level?: number;
  checked?: boolean | 'mixed';
  children?: AxNode[];
}

/** The browser's accessibility tree for the page (what a screen reader is given). */
export async function accessibilityTree(): Promise<AxNode> {
  return (await a11ySnapshot({})) as unknown as AxNode;
}

/** The first node in the browser's accessibility tree that passes `test`, or null. */
export async function findInTree(test: (node: AxNode) => boolean): Promise<AxNode | null> {
  const tree = await accessibilityTree();
  return findAccessibilityNode<AxNode>(tree as AxNode & { children: AxNode[] }, test);
}
