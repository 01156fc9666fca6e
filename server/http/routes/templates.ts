import { Hono } from 'hono';
import type { TemplateSummary } from '../../../shared/schemas/template.ts';
import type { AppContext, AppVariables } from '../appContext.ts';

export function templateRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  routes.get('/', (context) => {
    const summaries: TemplateSummary[] = [...app.templates.values()].map((template) => ({
      id: template.id,
      name: template.name,
      description: template.description,
      subject: template.subject,
      lessonType: template.lessonType,
      periodMinutes: template.periodMinutes,
      blockTitles: template.blocks.map((block) => block.title),
      blockKinds: template.blocks.map((block) => block.kind),
    }));
    return context.json(summaries);
  });
  return routes;
}
