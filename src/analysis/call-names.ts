// How a call is named in a message: its callee as written, with call arguments elided (`tf.data.csv(…).shuffle`).
import type { TSESTree } from '@typescript-eslint/utils';

const maxLength = 60;

function calleeText(node: TSESTree.Node): string {
  switch (node.type) {
    case 'Identifier':
      return node.name;
    case 'ThisExpression':
      return 'this';
    case 'Super':
      return 'super';
    case 'CallExpression':
      return `${calleeText(node.callee)}(…)`;
    case 'MemberExpression':
      return node.computed ? `${calleeText(node.object)}[…]` : `${calleeText(node.object)}.${calleeText(node.property)}`;
    case 'PrivateIdentifier':
      return `#${node.name}`;
    case 'ChainExpression':
    case 'TSNonNullExpression':
    case 'TSAsExpression':
      return calleeText(node.expression);
    case 'AwaitExpression':
      return `(await ${calleeText(node.argument)})`;
    default:
      return '…';
  }
}

export function describeCall(call: TSESTree.CallExpression | TSESTree.NewExpression): string {
  let text = calleeText(call.callee);
  if (text.length > maxLength) text = `…${text.slice(text.length - maxLength + 1)}`;
  return call.type === 'NewExpression' ? `new ${text}` : text;
}
