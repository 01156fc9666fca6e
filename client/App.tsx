import { useEffect } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { queryClient } from './api/queryClient.ts';
import { AppLayout } from './components/AppLayout.tsx';
import { ChangePasswordPage } from './features/account/ChangePasswordPage.tsx';
import { MustChangePassword } from './features/account/MustChangePassword.tsx';
import { AdminLayout } from './features/admin/AdminLayout.tsx';
import { AuditPage } from './features/admin/AuditPage.tsx';
import { ClassesPage } from './features/admin/ClassesPage.tsx';
import { GroupsPage } from './features/admin/GroupsPage.tsx';
import { TeachersPage } from './features/admin/TeachersPage.tsx';
import { TermReportPage } from './features/admin/TermReportPage.tsx';
import { TermsPage } from './features/admin/TermsPage.tsx';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { RequireLogin } from './features/auth/RequireLogin.tsx';
import { EditorPage } from './features/editor/EditorPage.tsx';
import { CopyPage } from './features/copies/CopyPage.tsx';
import { ClassOverviewPage } from './features/classes/ClassOverviewPage.tsx';
import { DiffPage } from './features/diff/DiffPage.tsx';
import { GuideListPage } from './features/guides/GuideListPage.tsx';
import { ImportPage } from './features/import/ImportPage.tsx';
import { LabelSynonymsPage } from './features/labelSynonyms/LabelSynonymsPage.tsx';
import { PrintCopyPage } from './features/print/PrintCopyPage.tsx';
import { PrintGuidePage } from './features/print/PrintGuidePage.tsx';
import { TermPlanPage } from './features/plan/TermPlanPage.tsx';
import { VersionPage } from './features/versions/VersionPage.tsx';
import { SetupGate } from './features/setup/SetupGate.tsx';
import { SetupPage } from './features/setup/SetupPage.tsx';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <DocumentTitle />
      <BrowserRouter>
        <Routes>
          <Route path="/setup" element={<SetupPage />} />
          <Route path="/login" element={<SetupGate><LoginPage /></SetupGate>} />
          <Route path="/guides/:guideId/print" element={<RequireLogin><PrintGuidePage /></RequireLogin>} />
          <Route path="/copies/:copyId/print" element={<RequireLogin><PrintCopyPage /></RequireLogin>} />
          <Route
            element={
              <RequireLogin>
                <MustChangePassword>
                  <AppLayout />
                </MustChangePassword>
              </RequireLogin>
            }
          >
            <Route index element={<GuideListPage />} />
            <Route path="guides/:guideId" element={<EditorPage />} />
            <Route path="guides/:guideId/versions/:versionNumber" element={<VersionPage />} />
            <Route path="copies/:copyId" element={<CopyPage />} />
            <Route path="guides/:guideId/classes" element={<ClassOverviewPage />} />
            <Route path="diff" element={<DiffPage />} />
            <Route path="groups/:groupId/plan" element={<TermPlanPage />} />
            <Route path="groups/:groupId/label-synonyms" element={<LabelSynonymsPage />} />
            <Route path="import" element={<ImportPage />} />
            <Route path="account/password" element={<ChangePasswordPage />} />
            <Route path="admin" element={<AdminLayout />}>
              <Route index element={<Navigate to="teachers" replace />} />
              <Route path="teachers" element={<TeachersPage />} />
              <Route path="groups" element={<GroupsPage />} />
              <Route path="classes" element={<ClassesPage />} />
              <Route path="terms" element={<TermsPage />} />
              <Route path="terms/:termId/report" element={<TermReportPage />} />
              <Route path="audit" element={<AuditPage />} />
            </Route>
          </Route>
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}

/** Keeps the tab's title in the chosen language. */
function DocumentTitle() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = t('app.name');
  }, [t, i18n.language]);
  return null;
}
