import type { Template } from '../../shared/schemas/template.ts';

/**
 * The template an imported guide is filed under (it sets the lesson type and the lesson's
 * length): the group's subject with the guide's lesson type, then a general template of that
 * lesson type, then the subject's 新授课, then `general`.
 */
export function chooseTemplate(templates: Map<string, Template>, subject: string, lessonType: string | null): Template {
  const all = [...templates.values()];
  const wanted = lessonType ?? '新授课';
  const found =
    all.find((template) => template.subject === subject && template.lessonType === wanted) ??
    all.find((template) => template.subject === '通用' && template.lessonType === wanted) ??
    all.find((template) => template.subject === subject && template.lessonType === '新授课') ??
    templates.get('general') ??
    all[0];
  if (!found) throw new Error('No templates are loaded');
  return found;
}
