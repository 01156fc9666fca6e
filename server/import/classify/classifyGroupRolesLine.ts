import type { BlockKind } from '../../../shared/editor/blockKinds.ts';
import { defaultGroupRoles } from '../../../shared/editor/nodes/groupRoles.ts';
import { plainText, type SourceParagraph } from '../sourceElements.ts';
import type { ClassifiedLine } from './classifiedElement.ts';

const groupRolesPattern = /^〔?(?:小组分工|小组合作|分组)[:：][\s\u3000]*(\d{1,2})[\s\u3000]*人一组[（(](.+?)[)）]〕?$/;

/** 小组分工：4人一组（组长、记录员…） in a 互学 block: the group's size and roles. */
export function classifyGroupRolesLine(paragraph: SourceParagraph, blockKind: BlockKind): ClassifiedLine | null {
  if (blockKind !== 'mutualLearning') return null;
  const roles = groupRolesPattern.exec(plainText(paragraph).trim());
  if (!roles) return null;
  const names = roles[2].split(/[、，,\s]+/).filter(Boolean);
  return { kind: 'groupRoles', size: Number(roles[1]), roles: names.length > 0 ? names : defaultGroupRoles };
}
