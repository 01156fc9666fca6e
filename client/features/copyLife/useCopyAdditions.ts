import type { Editor, JSONContent } from '@tiptap/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { fetchGuideContent } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { setAdditionsBase } from './copyAdditions.ts';

/** Feeds the copy's base final to the editor's additions marks, again whenever the base changes (合并更新). */
export function useCopyAdditions(editor: Editor | null, guideId: string, baseVersion: number) {
  const base = useQuery({
    queryKey: queryKeys.guideContent(guideId, baseVersion),
    queryFn: () => fetchGuideContent(guideId, baseVersion),
    // A saved version never changes.
    staleTime: Infinity,
  });
  useEffect(() => {
    if (editor && base.data) setAdditionsBase(editor, base.data as JSONContent);
  }, [editor, base.data]);
}
