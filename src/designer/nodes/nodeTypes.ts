import { createElement, memo } from 'react';
import type { ComponentType } from 'react';
import type { NodeProps } from '@xyflow/react';
import { NODE_VIEWS } from '../../engine/view';
import { NodeShell } from './NodeShell';
import type { CallNode } from './types';

type NodeComponent = ComponentType<NodeProps<CallNode>>;

/**
 * One memoised component per node kind, derived from the registry so a new kind needs no
 * change here. They share NodeShell; each has its kind's name for React DevTools.
 */
function kindComponent(type: string, title: string): NodeComponent {
  const Component = (props: NodeProps<CallNode>) => createElement(NodeShell, props);
  Component.displayName = `${title.replace(/[^A-Za-z]/g, '')}Node`;
  return memo(Component);
}

/** The `nodeTypes` prop of the canvas; module-level so its identity never changes. */
export const NODE_COMPONENTS: Record<string, NodeComponent> = Object.fromEntries(
  NODE_VIEWS.map((v) => [v.type, kindComponent(v.type, v.title)]),
);
