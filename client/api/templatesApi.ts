import { z } from 'zod';
import { templateSummarySchema } from '../../shared/schemas/template.ts';
import { apiFetch } from './apiFetch.ts';

export function fetchTemplates() {
  return apiFetch('/api/templates', z.array(templateSummarySchema));
}
