// How a call is named in a message: as the user wrote it, shortened when it is a long chain.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

const maxLength = 40;

export function describeCall(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): string {
  const callee = call.callee;
  let text = sourceCode.getText(callee).replace(/\s+/gu, '');
  if (text.length > maxLength && callee.type === 'MemberExpression' && !callee.computed) {
    text = `….${sourceCode.getText(callee.property)}`;
  } else if (text.length > maxLength) {
    text = `${text.slice(0, maxLength - 1)}…`;
  }
  return call.type === 'NewExpression' ? `new ${text}` : text;
}
