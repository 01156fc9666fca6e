/** The saved version a new lesson starts from (从已有导学案新建). */
export interface LessonSource {
  guideId: string;
  versionNumber: number;
  /** e.g. 定稿 v1 */
  versionLabel: string;
  title: string;
  templateId: string;
}
